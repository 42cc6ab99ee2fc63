import { describe, expect, it } from 'vitest';
import { aboutTolerance, fits, residual, tooWide } from '../../src/analysis/verdicts';

describe('fitting a published value to a record range', () => {
  it('exact values must lie in the range', () => {
    expect(fits(53, 'exact', 52, 54)).toBe(true);
    expect(fits(55, 'exact', 52, 54)).toBe(false);
    expect(residual(55, 'exact', 52, 54)).toBe(1);
    expect(residual(50, 'exact', 52, 54)).toBe(-2);
  });
  it('"about" allows 10%, at least 1', () => {
    expect(aboutTolerance(50)).toBe(5);
    expect(aboutTolerance(3)).toBe(1);
    expect(fits(50, 'about', 44, 46)).toBe(true);
    expect(fits(50, 'about', 40, 44)).toBe(false);
    expect(residual(50, 'about', 40, 44)).toBe(1);
  });
  it('"more than" and "at least" are lower bounds', () => {
    expect(fits(160, 'more_than', 158, 161)).toBe(true);
    expect(fits(161, 'more_than', 158, 161)).toBe(false);
    expect(fits(161, 'at_least', 158, 161)).toBe(true);
    expect(residual(161, 'more_than', 158, 161)).toBe(1);
  });
  it('a range wider than a quarter of the value (at least 5) cannot test it', () => {
    expect(tooWide(47, 41, 50)).toBe(false);
    expect(tooWide(99, 42, 140)).toBe(true);
    expect(tooWide(3, 0, 6)).toBe(true);
  });
});
