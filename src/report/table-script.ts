// The script that makes report 02's table of every figure sortable and filterable by verdict,
// inlined under the reports' Content-Security-Policy (allowed by its sha256; no inline handler,
// no eval). It only hides and reorders rows the page already holds, so the table is complete
// without it. Sorting keeps the groups: rows move within their group.
import { script, type Script } from './assets';

export const TABLE_SCRIPT = `(function () {
  var table = document.querySelector('table.figures-table');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-verdict]'));
  var labels = {};
  rows.forEach(function (r) { var b = r.querySelector('.verdict'); if (b) labels[r.getAttribute('data-verdict')] = b.textContent; });
  var bar = document.createElement('div');
  bar.className = 'figures-filter';
  var label = document.createElement('label');
  label.textContent = 'Show verdict: ';
  var select = document.createElement('select');
  var all = document.createElement('option');
  all.value = ''; all.textContent = 'all (' + rows.length + ')';
  select.appendChild(all);
  Object.keys(labels).sort(function (a, b) {
    return table.querySelector('tr[data-verdict="' + a + '"]').getAttribute('data-verdict-rank') - table.querySelector('tr[data-verdict="' + b + '"]').getAttribute('data-verdict-rank');
  }).forEach(function (v) {
    var o = document.createElement('option');
    o.value = v;
    o.textContent = labels[v] + ' (' + rows.filter(function (r) { return r.getAttribute('data-verdict') === v; }).length + ')';
    select.appendChild(o);
  });
  label.appendChild(select);
  var shown = document.createElement('span');
  shown.className = 'shown';
  bar.appendChild(label);
  bar.appendChild(shown);
  table.parentNode.insertBefore(bar, table);
  function filter() {
    var v = select.value, n = 0;
    rows.forEach(function (r) { var hide = v !== '' && r.getAttribute('data-verdict') !== v; r.hidden = hide; if (!hide) n++; });
    Array.prototype.forEach.call(table.tBodies, function (tb) {
      tb.hidden = !tb.querySelector('tr[data-verdict]:not([hidden])');
    });
    shown.textContent = ' ' + n + ' of ' + rows.length + ' figures shown';
  }
  select.addEventListener('change', filter);
  var keys = { asof: 'data-asof', value: 'data-value', residual: 'data-residual', verdict: 'data-verdict-rank' };
  var numeric = { value: true, residual: true, verdict: true };
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var key = th.getAttribute('data-sort');
    if (!key) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      Array.prototype.forEach.call(table.tBodies, function (tb) {
        var list = Array.prototype.slice.call(tb.querySelectorAll('tr[data-verdict]'));
        list.sort(function (a, b) {
          var x = a.getAttribute(keys[key]), y = b.getAttribute(keys[key]);
          if (numeric[key]) { x = Number(x); y = Number(y); }
          return (x < y ? -1 : x > y ? 1 : 0) * dir;
        });
        list.forEach(function (r) { tb.appendChild(r); });
      });
    });
  });
  filter();
})();`;

let cached: Script | undefined;

export function tableScript(): Script {
  cached ??= script(TABLE_SCRIPT);
  return cached;
}
