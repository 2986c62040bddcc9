// Runs before first paint (a blocking external script: a strict CSP allows no inline script).
// Marks <html> so CSS hides what JavaScript will replace; see src/embed/boot.css. The rule for
// "fresh" is the same as canHydrate() in src/embed/options.ts.
(function () {
  var root = document.documentElement;
  var q = new URLSearchParams(location.search);
  var lang = q.get('lang') === 'en' ? 'en' : 'nl';
  var mode = q.get('mode');
  var fresh = lang !== 'nl' || q.get('embed') === '1' || mode === 'view' || mode === 'present';
  root.classList.add('kv-js');
  if (fresh) root.classList.add('kv-fresh');
})();
