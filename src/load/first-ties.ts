// The earliest day any source gives for the establishment of ties with each partner. The loader
// checks breaks against it (a break needs ties before it), and the evidence derived from embassy
// sightings ignores sightings before it (they belong to a predecessor state). Pure.
import type { RelationEvent } from '../schema/tables';

/** partner_id → the first day of the earliest dated `established` row. */
export function firstEstablished(events: readonly RelationEvent[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) {
    if (e.event !== 'established' || !e.date) continue;
    const f = out.get(e.partner_id);
    if (f === undefined || e.date.first < f) out.set(e.partner_id, e.date.first);
  }
  return out;
}
