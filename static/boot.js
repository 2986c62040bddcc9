// Runs before first paint (a blocking external script: a strict CSP allows no inline script).
// Marks <html> with kv-fresh when the prerendered page does not fit the URL (another language,
// presentation mode, the explainer), so CSS keeps it hidden until the app renders (src/shells/page/boot.css), and with
// kv-embed in an embed, so CSS hides the page chrome meanwhile; the rule is prerenderFits() in
// src/shells/page/options.ts. Then starts the app (built pages name it in data-app): where the
// prerendered page shows, the app starts after its first contentful paint, so the first view
// never waits for the script; a hidden page has nothing to show yet, so it starts at once.
(function () {
  var root = document.documentElement;
  var me = document.currentScript;
  var q = new URLSearchParams(location.search);
  var lang = q.get('lang') === 'en' ? 'en' : 'nl';
  var mode = q.get('mode');
  var fresh = lang !== 'nl' || mode === 'present' || mode === 'explain';
  if (fresh) root.classList.add('kv-fresh');
  if (q.get('embed') === '1') root.classList.add('kv-embed');

  var app = me && me.getAttribute('data-app');
  if (!app) return; // the dev server loads the module itself
  var started = false;
  // No modulepreload links: inserting them costs the main thread more, just after first paint,
  // than the module graph's one extra round trip costs later.
  function run() {
    import(app).catch(function () {
      root.classList.remove('kv-fresh'); // show the prerendered page rather than nothing
    });
  }
  function start() {
    if (started) return;
    started = true;
    // The app hydrates the whole page: wait for the rest of it if it is still arriving.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  }
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (fresh || types.indexOf('paint') < 0) return start();
  // A page that never paints (a background tab) still starts.
  setTimeout(start, 3000);
  try {
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    start();
  }
})();
