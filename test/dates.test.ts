import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parsePartialDate } from '../src/dates';

describe('partial dates keep their precision', () => {
  it('a year stands for the whole year, never its first of January', () => {
    expect(parsePartialDate('2018')).toEqual({ iso: '2018', precision: 'year', first: '2018-01-01', last: '2018-12-31' });
  });
  it('a month stands for all its days, leap years included', () => {
    expect(parsePartialDate('2024-02')).toMatchObject({ precision: 'month', first: '2024-02-01', last: '2024-02-29' });
    expect(parsePartialDate('2023-02')?.last).toBe('2023-02-28');
  });
  it('rejects impossible calendar dates and other shapes', () => {
    for (const bad of ['2023-02-30', '2023-13', '2023-00', '2023-1-5', '23', '2023/05/01', '', ' 2023', '1850']) {
      expect(parsePartialDate(bad)).toBeUndefined();
    }
  });
  it('steps back across month and year ends', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
  });
});
