// The script `npm run dev` adds to each report it serves (never to the files in reports/): it
// listens to the server's events, reloads the page when its report was rebuilt (keeping the
// scroll position), and shows build errors above the last good report. Browser code, kept as a
// string; it builds the error panel with textContent only, so no message can inject markup.

export const CLIENT_SCRIPT = `(function () {
  var here = decodeURIComponent(location.pathname.split('/').pop() || 'index.html');
  var key = 'dprk-dev-scroll:' + here;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener('load', function () { window.scrollTo(0, Number(saved)); });
  }
  function panel() {
    var el = document.getElementById('dprk-dev-status');
    if (!el) {
      el = document.createElement('section');
      el.id = 'dprk-dev-status';
      el.setAttribute('role', 'status');
      document.body.insertBefore(el, document.body.firstChild);
    }
    return el;
  }
  function show(s) {
    var el = panel();
    el.textContent = '';
    el.setAttribute('data-state', s.state);
    if (s.state === 'ok') { el.style.display = 'none'; return; }
    el.style.cssText = s.state === 'failed'
      ? 'display:block;margin:0;padding:12px 20px;background:#ffebe9;border-bottom:2px solid #cf222e;font:13px/1.45 Helvetica,Arial,sans-serif;max-height:45vh;overflow:auto'
      : 'display:block;position:fixed;right:12px;bottom:12px;padding:6px 10px;background:#ddf4ff;border:1px solid #54aeff;border-radius:6px;font:12px Helvetica,Arial,sans-serif;z-index:10';
    var title = document.createElement('strong');
    title.textContent = s.title;
    el.appendChild(title);
    if (s.lines && s.lines.length) {
      var pre = document.createElement('pre');
      pre.style.cssText = 'white-space:pre-wrap;margin:8px 0 0;font:12px/1.45 monospace';
      pre.textContent = s.lines.join('\\n');
      el.appendChild(pre);
    }
  }
  var events = new EventSource('/__dev/events');
  events.addEventListener('status', function (e) { show(JSON.parse(e.data)); });
  events.addEventListener('reload', function (e) {
    if (JSON.parse(e.data).files.indexOf(here) < 0) return;
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
})();`;
