// Evidence that no hand-written event row states, derived so that each fact is typed once:
// - every member that a source names for a stock figure (missions open, relations in force, the
//   countries hosting a mission, whose members are the missions named) is attested on the
//   figure's as-of date (the list lives in claim_members.csv);
// - every year in which the Correlates of War data show diplomatic exchange attests the
//   partner's relations (data/external/, see src/load/external.ts);
// - a DPRK embassy seen open (a dated sighting, opening or reopening, or a list naming it)
//   attests relations with its host on that day: an embassy presupposes diplomatic relations.
//   Inferred (low-confidence) sightings and bounds ("before", "after") attest nothing.
// A list from a low-confidence figure (a blog relaying Seoul) is weak evidence, like a low event
// row: its members count on the day but neither imply a reopening nor narrow a window, and its
// embassies attest no relations. So is a member whose own row is low: a mission that a list
// still names though the list's source says it does not work (Lima in Seoul's list of 44).
// Pure. The model counts with it, and the build writes it to derived_evidence.csv for tracing.
import type { PartialDate } from '../dates';
import { firstEstablished } from '../load/first-ties';
import type { RawRecord } from '../load/record';
import { isStockMetric, namesMissions } from '../schema/vocab';

export interface Evidence {
  readonly entity: 'mission' | 'partner';
  readonly id: string; // mission_id, or partner_id (upper case)
  readonly date: PartialDate;
  readonly source_id: string;
  readonly origin: string; // the row it comes from: claim id, or external file and line
  /** From a low-confidence figure: a weak sighting (see count.ts). */
  readonly weak: boolean;
}

const SEEN_OPEN: ReadonlySet<string> = new Set(['attested_open', 'opened', 'reopened']);

export function derivedEvidence(r: RawRecord): Evidence[] {
  const claims = new Map(r.claims.map((c) => [c.claim_id, c]));
  const out: Evidence[] = [];
  for (const m of r.claimMembers) {
    const c = claims.get(m.claim_id);
    // Lists of changes (closures) and "ever" counts say nothing about the state on the date.
    if (!c || !c.as_of || !isStockMetric(c.metric)) continue;
    const mission = namesMissions(c.metric);
    out.push({ entity: mission ? 'mission' : 'partner', id: mission ? m.member_id : m.member_id.toUpperCase(), date: c.as_of, source_id: c.source_id, origin: `claim_members.csv: ${c.claim_id}`, weak: (m.confidence || c.confidence) === 'low' });
  }
  const embassyHost = new Map(r.missions.filter((m) => m.mission_type === 'embassy').map((m) => [m.mission_id, m.host_iso3]));
  const seen = [
    ...r.missionEvents
      .filter((e) => SEEN_OPEN.has(e.event) && e.date && e.date_qualifier === 'on' && e.confidence !== 'low')
      .map((e) => ({ id: e.mission_id, date: e.date!, source_id: e.source_id, origin: `mission_events.csv: ${e.event_id}` })),
    ...out.filter((e) => e.entity === 'mission' && !e.weak).map((e) => ({ id: e.id, date: e.date, source_id: e.source_id, origin: e.origin })),
  ];
  // A sighting before the partner's first recorded establishment belongs to a predecessor state
  // (the DPRK's embassy to the GDR in East Berlin is not evidence of ties with united Germany).
  const firstTies = firstEstablished(r.relationEvents);
  for (const e of seen) {
    const host = embassyHost.get(e.id);
    if (!host) continue;
    const ties = firstTies.get(host);
    if (ties === undefined || e.date.last >= ties) out.push({ entity: 'partner', id: host, date: e.date, source_id: e.source_id, origin: `${e.origin} (embassy ${e.id})`, weak: false });
  }
  for (const e of r.derivedRelationEvents ?? []) {
    out.push({ entity: 'partner', id: e.partner_id, date: e.date, source_id: e.source_id, origin: `data/external/${e.origin}`, weak: false });
  }
  return out;
}
