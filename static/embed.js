// Kompasverkenner host script: resizes every <iframe data-kompasverkenner> to the height its page
// reports. Accepts AMP `embed-size` and Pym.js height messages, only from the iframe whose window
// sent them and only from the origin of that iframe's src. No dependencies, nothing inline: it
// works under a host's strict Content-Security-Policy (styles are set through the CSSOM).
(function () {
  'use strict';
  var MAX = 100000;
  var PYM = /^pymxPYMx[\w-]{1,64}xPYMxheightxPYMx(\d{1,6})$/;

  /** The height in a message, or null when the message is not one of ours. */
  function heightOf(data) {
    var h = null;
    if (typeof data === 'string') {
      var m = PYM.exec(data);
      if (m) h = Number(m[1]);
    } else if (data && typeof data === 'object' && data.sentinel === 'amp') {
      if (data.type === 'embed-size' && typeof data.height === 'number') h = data.height;
    }
    return h !== null && isFinite(h) && h > 0 && h < MAX ? Math.ceil(h) : null;
  }

  function prepare(frame) {
    if (frame.dataset.kompasverkennerReady) return;
    frame.dataset.kompasverkennerReady = '1';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
  }

  function frames() {
    var list = document.querySelectorAll('iframe[data-kompasverkenner]');
    for (var i = 0; i < list.length; i++) prepare(list[i]);
    return list;
  }

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (height === null || !event.source) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin === event.origin) frame.style.height = height + 'px';
      return;
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', frames);
  else frames();
})();
