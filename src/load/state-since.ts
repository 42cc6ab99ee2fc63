// The day some partner states came into being. The check "an event before the partner state
// existed" (semantic.ts) warns of an earlier date, and the count reads such a date as ties
// inherited at statehood and counts no relations before it (timeline.ts, fromStatehood). Only
// states that became independent after the DPRK (1948) and that did not continue an earlier
// state's relations: successor codes that the record uses for a predecessor (RUS for the USSR, CZE
// for Czechoslovakia, SRB for Yugoslavia, DEU for the GDR, YEM) are left out on purpose; counted
// under them, the predecessor is counted once. Dates are the declarations of independence, or the
// day it took effect.
export const STATE_SINCE: Readonly<Record<string, string>> = {
  ARM: '1991-09-21',
  AZE: '1991-08-30',
  BGD: '1971-03-26',
  BIH: '1992-03-03',
  BLR: '1991-08-25',
  DZA: '1962-07-05', // the DPRK's ties of 1958 were with the FLN's provisional government
  ERI: '1993-05-24',
  EST: '1991-08-20',
  FSM: '1986-11-03',
  GEO: '1991-04-09',
  HRV: '1991-06-25',
  KAZ: '1991-12-16',
  KGZ: '1991-08-31',
  LTU: '1990-03-11',
  LVA: '1991-08-21',
  MDA: '1991-08-27',
  MHL: '1986-10-21',
  MKD: '1991-09-08',
  MNE: '2006-06-03',
  NAM: '1990-03-21',
  PLW: '1994-10-01',
  SSD: '2011-07-09',
  SVK: '1993-01-01',
  SVN: '1991-06-25',
  TJK: '1991-09-09',
  TKM: '1991-10-27',
  TLS: '2002-05-20',
  UKR: '1991-08-24',
  UZB: '1991-08-31',
  ZWE: '1980-04-18',
};
