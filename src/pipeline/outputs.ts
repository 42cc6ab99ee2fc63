// The processed stage: from a loaded record, every file of data/processed/ as text (normalised
// tables, analysis tables, datapackage.json). Pure: the caller writes the files.
import { checkAssertion } from '../analysis/assertions';
import { buildModel, type Entity } from '../analysis/count';
import { reconcileAll } from '../analysis/reconcile';
import { stateOn } from '../analysis/timeline';
import { coverage } from '../analysis/coverage';
import { RECORD_START_YEAR } from '../dates';
import { missionChanges, openMissions, relationsByYear } from '../analysis/trends';
import { countryByCode } from '../countries';
import { analysisDate, type RawRecord } from '../load/record';
import { TABLES, type SchemaContext, type TableName } from '../schema/tables';
import { rawOutTable, type OutColumn, type OutTable } from '../processed/columns';
import { toCsv } from '../processed/csv';
import { CLAIMREVIEW_FILE, CLAIMREVIEW_RESOURCE, claimReviewDocument, reviewedFigure } from '../processed/claimreview';
import { dataPackage } from '../processed/datapackage';
import * as at from '../processed/analysis-tables';

const RECORD_KEYS: Record<TableName, keyof RawRecord> = {
  sources: 'sources',
  missions: 'missions',
  mission_events: 'missionEvents',
  relations: 'relations',
  relation_events: 'relationEvents',
  rok_relation_events: 'rokRelationEvents',
  rok_regions: 'rokRegions',
  claims: 'claims',
  claim_members: 'claimMembers',
  assertions: 'assertions',
};

function extras(name: TableName): OutColumn<Record<string, unknown>>[] {
  const continent = (col: string): OutColumn<Record<string, unknown>> => ({
    name: 'continent', type: 'string', description: 'Continent of the country (world-countries region).', required: false, text: false,
    get: (r) => countryByCode(String(r[col]))?.continent ?? '',
  });
  if (name === 'missions') return [continent('host_iso3'), {
    name: 'sovereign_iso3', type: 'string', description: 'The state whose territory hosts the mission (CHN for Hong Kong).', required: false, text: false,
    get: (r) => countryByCode(String(r.host_iso3))?.sovereign ?? '',
  }];
  if (name === 'relations') return [continent('partner_id')];
  return [];
}


export interface Outputs {
  readonly files: Map<string, string>; // file name in data/processed/ -> content
}

/**
 * The changes-by-year aggregation; a dataframe groupby is the natural tool, so danfojs is
 * loaded here only (it costs ~0.7 s and is not needed by a no-op build).
 */
function changesByYear(record: RawRecord): at.ChangesRow[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dfd = require('danfojs-node') as typeof import('danfojs-node');
  const rows = missionChanges(record).map((c) => ({
    year: c.year === undefined ? 'unknown' : String(c.year),
    mission_type: c.mission_type,
    openings: c.change === 'opening' ? 1 : 0,
    closings: c.change === 'closing' ? 1 : 0,
  }));
  if (rows.length === 0) return [];
  const df = new dfd.DataFrame(rows);
  const g = df.groupby(['year', 'mission_type']).agg({ openings: 'sum', closings: 'sum' });
  const json = dfd.toJSON(g, { format: 'column' }) as Record<string, unknown>[];
  return json.map((r) => ({
    year: String(r.year),
    mission_type: String(r.mission_type),
    openings: Number(r.openings_sum),
    closings: Number(r.closings_sum),
  }));
}

export function makeOutputs(record: RawRecord, context: SchemaContext, inputHashes: Readonly<Record<string, string>>): Outputs {
  const files = new Map<string, string>();
  const tables: OutTable<never>[] = [];
  const add = <R>(t: OutTable<R>, rows: readonly R[]) => {
    files.set(t.file, toCsv(t, rows));
    tables.push(t as unknown as OutTable<never>);
  };
  for (const def of TABLES) {
    add(rawOutTable<Record<string, unknown>>(def, context, extras(def.name)), record[RECORD_KEYS[def.name]] as unknown as Record<string, unknown>[]);
  }
  const model = buildModel(record);
  const date = analysisDate(record);
  const sources = new Map(record.sources.map((s) => [s.source_id, s]));
  const reconciliations = reconcileAll(model, record);
  add(at.reconciliationTable, reconciliations.map((r) => ({ ...r, publisher: sources.get(r.claim.source_id)?.publisher ?? '', url: sources.get(r.claim.source_id)?.url ?? '' })));
  add(at.countMembersTable, reconciliations.flatMap((r) => r.count.members.map((m) => ({ claim_id: r.claim.claim_id, member_id: m.id, label: m.label, kind: m.kind, status: m.status }))));
  add(at.assertionTable, record.assertions.map((a) => checkAssertion(model, a)));
  add(at.openMissionsTable, openMissions(model, date));
  add(at.relationsTable, relationsByYear(model, RECORD_START_YEAR, date));
  add(at.changesTable, changesByYear(record));
  add(at.coverageTable, coverage(model, RECORD_START_YEAR, date));
  add(at.evidenceTable, model.evidence);
  const status = (e: Entity, then: string): at.StatusRow => ({
    id: e.id, label: e.label, kind: e.kind, iso3: e.iso3, continent: e.continent ?? '', status: stateOn(e.timeline, date), status2017: stateOn(e.timeline, then),
  });
  // 2017 reference days: the Foreign Policy map (missions) and Koryo Journal's list (relations).
  add(at.missionStatusTable, model.missions.map((m) => status(m, '2017-09-21')));
  add(at.partnerStatusTable, model.partners.map((p) => status(p, '2017-10-31')));
  files.set(CLAIMREVIEW_FILE, claimReviewDocument(reconciliations.map((r) => reviewedFigure(r, sources.get(r.claim.source_id))), date));
  files.set('datapackage.json', dataPackage(tables, inputHashes, date, [CLAIMREVIEW_RESOURCE]));
  return { files };
}

