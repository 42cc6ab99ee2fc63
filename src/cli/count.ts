// `dprk count METRIC DATE [--scope S] [--json]`: the record's count on a date with each member and
// its type, and warnings when the date lies outside the record's span or the metric is not
// modelled. The answer comes from src/query/count.ts; this file only prints it.
import { range } from '../analysis/words';
import type { CountAnswer } from '../query/count';
import { isChangeMetric } from '../schema/vocab';

/** For counts of closures or openings, a member's status says whether its change surely falls in the period. */
const CHANGE_STATUS: Record<string, string> = { open: 'certain', unknown: 'possible' };

/** The answer as text for stdout; the warnings are printed apart, to stderr. */
export function formatCount(a: CountAnswer): string {
  if (!a.modelled) return `${a.metric} (${a.scope}) on ${a.date}: not modelled by the record`;
  const lines: string[] = [];
  lines.push(`${a.metric} (${a.scope}) on ${a.date}: ${range(a.low, a.high)}${a.presumed ? ` (${a.presumed} presumed)` : ''}  [${a.definition}]`);
  const typeWidth = Math.max(4, ...a.members.map((m) => m.type.length));
  const idWidth = Math.max(2, ...a.members.map((m) => m.id.length));
  const status = (s: string) => (isChangeMetric(a.metric) ? CHANGE_STATUS[s] ?? s : s);
  for (const m of a.members) lines.push(`  ${status(m.status).padEnd(8)} ${m.type.padEnd(typeWidth)}  ${m.id.padEnd(idWidth)}  ${m.label}`);
  return lines.join('\n');
}

/** The --json form: the whole answer, members included, as one object. */
export function countJson(a: CountAnswer): string {
  return JSON.stringify(a, null, 2);
}
