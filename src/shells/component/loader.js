// wc/kompas-verkenner.iife.js: <kompas-verkenner> for pages that load a plain script. It loads the
// element's module next to it, so both ways give the same element with the same lazy parts (the
// module is fetched with CORS, like the module snippet's). Nothing inline, no eval: a strict
// Content-Security-Policy that allows this script's origin allows the rest.
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || !me.src) return;
  import(new URL('kompas-verkenner.js', me.src).href).catch(function (error) {
    console.error('Kompasverkenner could not be loaded:', error);
  });
})();
