// The scripts a report inlines to make its charts interactive: vega's browser build, vega's
// CSP-safe expression interpreter (vega otherwise compiles expressions with Function(), which
// the reports' Content-Security-Policy forbids), and a small bootstrap. Read from node_modules,
// so the report needs nothing from the network.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Read from the project's node_modules by path: vega's package.json "exports" map hides its
// build folder and its own package.json from require.resolve.
const MODULES = path.resolve(__dirname, '..', '..', 'node_modules');

function pkgFile(pkg: string, file: string): string {
  return fs.readFileSync(path.join(MODULES, pkg, file), 'utf8');
}

export function pkgVersion(pkg: string): string {
  return (JSON.parse(pkgFile(pkg, 'package.json')) as { version: string }).version;
}

/** Makes a script safe to inline: "</script" cannot end the element early. */
function inlineSafe(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

/** vega-interpreter ships as an ES module importing vega-util; rewire it to the vega global. */
export function interpreterScript(source: string): string {
  const imp = "import { ascending, isString, DisallowedObjectProperties } from 'vega-util';";
  const exp = 'export { expression as expressionInterpreter };';
  if (!source.includes(imp) || !source.includes(exp)) {
    throw new Error('vega-interpreter changed its module layout; update src/report/assets.ts');
  }
  const body = source
    .replace(imp, 'var ascending = vega.ascending, isString = vega.isString, DisallowedObjectProperties = vega.DisallowedObjectProperties;')
    .replace(exp, 'window.vegaExpressionInterpreter = expression;');
  return `(function () {\n${body}\n})();`;
}

export const BOOTSTRAP = `(function () {
  var expr = window.vegaExpressionInterpreter;
  var figures = document.querySelectorAll('figure.chart');
  Array.prototype.forEach.call(figures, function (fig) {
    var el = fig.querySelector('script.vega-spec');
    if (!el || !window.vega || !expr) return;
    var holder = document.createElement('div');
    holder.className = 'chart-live';
    fig.insertBefore(holder, fig.querySelector('figcaption'));
    var view = new vega.View(vega.parse(JSON.parse(el.textContent), null, { ast: true }), {
      expr: expr, renderer: 'svg', container: holder, hover: true
    });
    view.runAsync().then(function () { fig.classList.add('live'); }, function (e) { holder.remove(); console.error(e); });
  });
})();`;

export interface Script {
  readonly code: string;
  readonly hash: string; // CSP source expression 'sha256-...'
}

export function script(code: string): Script {
  const safe = inlineSafe(code);
  return { code: safe, hash: `'sha256-${createHash('sha256').update(safe, 'utf8').digest('base64')}'` };
}

let cached: Script[] | undefined;

export function chartScripts(): Script[] {
  cached ??= [
    script(pkgFile('vega', 'build/vega.min.js')),
    script(interpreterScript(pkgFile('vega-interpreter', 'build/vega-interpreter.js'))),
    script(BOOTSTRAP),
  ];
  return cached;
}
