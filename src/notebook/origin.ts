// The figures of the project's five origin documents (README, "The question"), by claim id.
export const ORIGIN_CLAIMS = [
  'ncnk-2017-embassies-47',
  'dailynk-2018-missions-54',
  'rfa-2023-missions-53',
  'donga-2023-relations-159',
  'ypt-2023-relations-164',
] as const;
