// Renders a vega-lite spec to a static SVG and to the compiled vega spec used by the reports'
// interactive view. vega 6 and vega-lite 6 are ESM-only: this CommonJS module loads them with a
// real dynamic import(), which tsc keeps as it is under "module": "node16" (see README, "Stack").
import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { vegaTextWidth } from './text-width';

export interface Rendered {
  readonly svg: string; // static SVG, ids normalised so that renders are byte-stable
  readonly vega: object; // compiled vega spec, for the interactive version
}

type VegaModule = typeof import('vega', { with: { 'resolution-mode': 'import' } });
type VegaLiteModule = typeof import('vega-lite', { with: { 'resolution-mode': 'import' } });

let modules: Promise<[VegaModule, VegaLiteModule]> | undefined;

function load(): Promise<[VegaModule, VegaLiteModule]> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => {
    // No canvas in Node: measure text with Helvetica's metrics instead of vega's rough guess.
    (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = vegaTextWidth;
    return [vega, vl];
  });
  return modules;
}

/**
 * vega numbers clip paths and gradients from a process-wide counter (clip12, gradient_3): the
 * same chart rendered second in a process gets other ids. Renumber them in order of appearance.
 */
export function normaliseIds(svg: string): string {
  const map = new Map<string, string>();
  return svg.replace(/\b(clip|gradient_|pattern_|marker_)(\d+)\b/g, (whole, prefix: string) => {
    let id = map.get(whole);
    if (!id) {
      id = `${prefix}${map.size + 1}`;
      map.set(whole, id);
    }
    return id;
  });
}

export async function render(spec: TopLevelSpec): Promise<Rendered> {
  const [vega, vl] = await load();
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return { svg: normaliseIds(svg), vega: compiled };
}
