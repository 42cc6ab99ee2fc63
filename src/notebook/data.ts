// Reads the processed tables for notebooks, typed. The folder is data/processed/ of this project,
// or $DPRK_PROCESSED_DIR when the build points notebooks elsewhere (npm run check builds into a
// temporary folder). Reads only; never writes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { keptByContent } from '../kept';
import { projectPaths } from '../pipeline/paths';


export function processedDir(): string {
  return process.env.DPRK_PROCESSED_DIR ?? projectPaths().processed;
}

/** Undoes the formula neutralisation of processed CSVs, for display. */
export function restore(v: string): string {
  return /^'+[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

/** The rows of a processed file, as new objects on every call (a caller may change them). */
export function readRows(file: string): Record<string, string>[] {
  const where = path.join(processedDir(), file);
  const text = fs.readFileSync(where, 'utf8');
  // Parsed once per content (src/kept.ts): a warm kernel re-runs notebooks on unchanged files,
  // from the build's staging folder or the project's (so by name, not by where it is).
  const rows = keptByContent(`rows:${file}`, [text], () => {
    const parsed = parse(text, { columns: true }) as Record<string, string>[];
    return parsed.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, restore(v)])));
  });
  return rows.map((r) => ({ ...r }));
}

const num = (v: string | undefined): number => (v === undefined || v === '' ? Number.NaN : Number(v));

export interface ReconRow {
  claim_id: string; source_id: string; publisher: string; url: string; as_of: string; metric: string; literal_metric: string;
  scope: string; value: number; qualifier: string; wording: string; record_low: number; record_high: number; record_presumed: number;
  residual: number; verdict: string; matched_metric: string; matched_date: string; members_named: number; members_missing: string;
  members_extra: string; candidates: string; explanation: string;
}

export function reconciliation(): ReconRow[] {
  return readRows('reconciliation.csv').map((r) => ({
    ...(r as unknown as ReconRow),
    value: num(r.value), record_low: num(r.record_low), record_high: num(r.record_high), record_presumed: num(r.record_presumed),
    residual: num(r.residual), members_named: num(r.members_named),
  }));
}

export interface OpenRow { date: string; point: string; mission_type: string; low: number; high: number; presumed: number }
export function openMissions(): OpenRow[] {
  return readRows('open_missions.csv').map((r) => ({ date: r.date!, point: r.point!, mission_type: r.mission_type!, low: num(r.low), high: num(r.high), presumed: num(r.presumed) }));
}

export interface RelationRow { year: number; metric: string; low: number; high: number; presumed: number }
export function relationsByYear(): RelationRow[] {
  return readRows('relations_by_year.csv').map((r) => ({ year: num(r.year), metric: r.metric!, low: num(r.low), high: num(r.high), presumed: num(r.presumed) }));
}

export interface ChangeRow { year: string; mission_type: string; openings: number; closings: number }
export function changesByYear(): ChangeRow[] {
  return readRows('mission_changes_by_year.csv').map((r) => ({ year: r.year!, mission_type: r.mission_type!, openings: num(r.openings), closings: num(r.closings) }));
}

export const sources = () => readRows('sources.csv');
export const claims = () => readRows('claims.csv');
export const missions = () => readRows('missions.csv');
export const missionEvents = () => readRows('mission_events.csv');
export const missionStatus = () => readRows('mission_status.csv');
export const partnerStatus = () => readRows('partner_status.csv');
export const relations = () => readRows('relations.csv');
export const relationEvents = () => readRows('relation_events.csv');
export const assertionChecks = () => readRows('assertion_checks.csv');
export const claimMembers = () => readRows('claim_members.csv');
export const rokRelationEvents = () => readRows('rok_relation_events.csv');
export const rokRegions = () => readRows('rok_regions.csv');
export const countMembers = () => readRows('count_members.csv');

export function dataPackage(): { 'x-analysis-date': string } {
  return JSON.parse(fs.readFileSync(path.join(processedDir(), 'datapackage.json'), 'utf8')) as { 'x-analysis-date': string };
}
