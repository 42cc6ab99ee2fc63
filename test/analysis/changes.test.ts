// Openings and closings per year (data/processed/mission_changes_by_year.csv, report 03): one
// change is counted once, in the year its exact dates agree on, or as "unknown" when they do not.
import { describe, expect, it } from 'vitest';
import { missionChanges } from '../../src/analysis/trends';
import { ev, recordFrom } from '../helpers/record';

const MISSIONS = [
  'ago-luanda,AGO,Angola,Luanda,embassy,high,',
  'arg-buenos-aires,ARG,Argentina,Buenos Aires,embassy,high,',
  'aus-canberra,AUS,Australia,Canberra,embassy,high,',
  'bdi-bujumbura,BDI,Burundi,Bujumbura,embassy,high,',
  'tgo-lome,TGO,Togo,Lome,embassy,high,',
];

function changes(...events: string[]) {
  const rows = missionChanges(recordFrom({ 'missions.csv': MISSIONS, 'mission_events.csv': events }));
  return rows.map((r) => `${r.mission_id} ${r.change} ${r.year ?? 'unknown'}`).sort();
}

describe('openings and closings per year', () => {
  it('two sources dating one closing to different years make one closing of unknown year, not one in each', () => {
    expect(changes(
      ev('ago-luanda-opened-1', 'ago-luanda', 'opened', '1983'),
      ev('ago-luanda-closed-1', 'ago-luanda', 'closed', '1985'),
      ev('ago-luanda-closed-2', 'ago-luanda', 'closed', '1986'),
    )).toEqual(['ago-luanda closing unknown', 'ago-luanda opening 1983']);
  });

  it('two sources dating one closing within the same year count it once, in that year', () => {
    expect(changes(
      ev('arg-buenos-aires-opened-1', 'arg-buenos-aires', 'opened', '1973-08-04'),
      ev('arg-buenos-aires-closed-1', 'arg-buenos-aires', 'closed', '1977-06-05'),
      ev('arg-buenos-aires-closed-2', 'arg-buenos-aires', 'closed', '1977-06'),
    )).toEqual(['arg-buenos-aires closing 1977', 'arg-buenos-aires opening 1973']);
  });

  it('a bound ("before", "after") does not move a change that an exact date places, nor count again as unknown', () => {
    expect(changes(
      ev('tgo-lome-closed-1', 'tgo-lome', 'closed', '1998'),
      ev('tgo-lome-closed-2', 'tgo-lome', 'closed', '2019-02', 'before'),
    )).toEqual(['tgo-lome closing 1998']);
    expect(changes(ev('bdi-bujumbura-closed-1', 'bdi-bujumbura', 'closed', '2000', 'before'))).toEqual(['bdi-bujumbura closing unknown']);
  });

  it('a change dated only by bounds from both sides counts in the year they share, and in none otherwise', () => {
    // Conakry, 2023: shut after the wave of late October began, and done by 5 December.
    expect(changes(
      ev('tgo-lome-closed-1', 'tgo-lome', 'closed', '2023-10', 'after'),
      ev('tgo-lome-closed-2', 'tgo-lome', 'closed', '2023-12-05', 'before'),
    )).toEqual(['tgo-lome closing 2023']);
    expect(changes(
      ev('tgo-lome-closed-1', 'tgo-lome', 'closed', '2022-10', 'after'),
      ev('tgo-lome-closed-2', 'tgo-lome', 'closed', '2023-02', 'before'),
    )).toEqual(['tgo-lome closing unknown']);
  });

  it('a mission that closes and reopens has each change counted in its own year', () => {
    expect(changes(
      ev('aus-canberra-opened-1', 'aus-canberra', 'opened', '1975-07'),
      ev('aus-canberra-closed-1', 'aus-canberra', 'closed', '1975-11'),
      ev('aus-canberra-reopened-1', 'aus-canberra', 'reopened', '2002-05'),
      ev('aus-canberra-closed-2', 'aus-canberra', 'closed', '2008-03'),
    )).toEqual(['aus-canberra closing 1975', 'aus-canberra closing 2008', 'aus-canberra opening 1975', 'aus-canberra opening 2002']);
  });
});
