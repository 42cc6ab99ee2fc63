// The count answer shared by `dprk count` and the notebook API, on a hand-made record: ranges,
// member types, warnings outside the record's span, metric `other`, and bad arguments.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/analysis/count';
import { countQuery, QueryError } from '../../src/query/count';
import { recordFrom, ev } from '../helpers/record';

const record = recordFrom({
  'missions.csv': [
    'aut-vienna,AUT,Austria,Vienna,embassy,high,',
    'aut-vienna-iaea,AUT,Austria,Vienna,permanent_mission,high,',
    'ago-luanda,AGO,Angola,Luanda,embassy,high,',
  ],
  'mission_events.csv': [ev('e1', 'ago-luanda', 'opened', '1975-11-16'), ev('e2', 'ago-luanda', 'closed', '2019-10-31'), ev('e3', 'aut-vienna', 'opened', '1974-12-17')],
});
const model = buildModel(record);
const ANALYSIS = '2019-10-31';

describe('countQuery', () => {
  it("warns that Seoul's regions are known from about 2008 when asked for an earlier date", () => {
    const early = countQuery(model, ANALYSIS, 'missions_all', '1980-01-01', 'rok_europe');
    const late = countQuery(model, ANALYSIS, 'missions_all', '2010-01-01', 'rok_europe');
    expect(early.warnings).toEqual([expect.stringContaining("1980-01-01 is before about 2008, the earliest date of South Korea's regions")]);
    expect(late.warnings).toEqual([]);
    expect(countQuery(model, ANALYSIS, 'missions_all', '1980-01-01', 'europe').warnings).toEqual([]);
  });

  it('gives the range and every member with its type, so two Vienna rows are told apart', () => {
    const a = countQuery(model, ANALYSIS, 'missions_all', '1980-01-01');
    expect([a.low, a.high]).toEqual([2, 3]); // a mission with no event is of unknown state
    expect(a.members.map((m) => `${m.id}:${m.type}:${m.status}`)).toEqual([
      'ago-luanda:embassy:open',
      'aut-vienna:embassy:open',
      'aut-vienna-iaea:permanent_mission:unknown',
    ]);
    expect(a.warnings).toEqual([]);
  });

  it('gives no count of ties with both Koreas before South Korea\'s side is known, and says why', () => {
    // This hand-made record has no kdiplo extract: Seoul's ties are known only from December 2005.
    const a = countQuery(model, ANALYSIS, 'relations_both_koreas', '2001');
    expect([a.modelled, a.low, a.high, a.members]).toEqual([false, 0, 0, []]);
    expect(a.warnings).toEqual([expect.stringContaining("South Korea's relations only from 2005-12-16")]);
    expect(countQuery(model, ANALYSIS, 'relations_dprk_only', '2010').modelled).toBe(true);
  });

  it('answers a continent scope', () => {
    const a = countQuery(model, ANALYSIS, 'embassies', '2019-01-01', 'africa');
    expect(a.members.map((m) => m.id)).toEqual(['ago-luanda']);
  });

  it('warns before 1948 and after the analysis date, and still answers', () => {
    const before = countQuery(model, ANALYSIS, 'missions_all', '1900');
    expect(before.warnings).toHaveLength(1);
    expect(before.warnings[0]).toMatch(/before the record's span.*1948/);
    const after = countQuery(model, ANALYSIS, 'embassies', '2030');
    expect(after.warnings[0]).toMatch(/after the record's analysis date \(2019-10-31\)/);
    expect(after.low).toBe(1);
    expect(countQuery(model, ANALYSIS, 'embassies', ANALYSIS).warnings).toEqual([]);
  });

  it('says "not modelled" for metric other, with no count', () => {
    const a = countQuery(model, ANALYSIS, 'other', '2018');
    expect(a.modelled).toBe(false);
    expect(a.members).toEqual([]);
    expect(a.warnings.join(' ')).toMatch(/not modelled/);
  });

  it('rejects a bad metric, scope or date with the allowed values', () => {
    expect(() => countQuery(model, ANALYSIS, 'embasies', '2018')).toThrow(QueryError);
    expect(() => countQuery(model, ANALYSIS, 'embasies', '2018')).toThrow(/expected one of: embassies, consulates/);
    expect(() => countQuery(model, ANALYSIS, 'embassies', '2018', 'mars')).toThrow(/unknown scope "mars"; expected one of: world, africa/);
    expect(() => countQuery(model, ANALYSIS, 'embassies', '2018-02-30')).toThrow(/not a date: "2018-02-30"/);
    expect(() => countQuery(model, ANALYSIS, 'embassies', '30/06/2019')).toThrow(QueryError);
  });
});
