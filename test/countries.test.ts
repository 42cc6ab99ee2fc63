import { describe, expect, it } from 'vitest';
import { allCountries, codeForName, countryByCode, sovereignOf } from '../src/countries';

describe('the country mapping', () => {
  it('counts 193 UN member states (the Holy See is an observer)', () => {
    expect(allCountries().filter((c) => c.unMember)).toHaveLength(193);
    expect(countryByCode('VAT')?.unMember).toBe(false);
  });
  it('treats Hong Kong as a territory of China with its own code', () => {
    expect(codeForName('Hong Kong')).toBe('HKG');
    expect(countryByCode('HKG')).toMatchObject({ sovereign: 'CHN', unMember: false, continent: 'asia' });
    expect([sovereignOf('HKG'), sovereignOf('FRA'), sovereignOf('XXX')]).toEqual(['CHN', 'FRA', 'XXX']);
  });
  it('maps the names sources use', () => {
    expect(codeForName('DR Congo')).toBe('COD');
    expect(codeForName('Cabo Verde')).toBe('CPV');
    expect(codeForName('Palestine')).toBe('PSE');
    expect(codeForName('European Union')).toBe('EUU');
    expect(codeForName('Côte d’Ivoire')).toBe('CIV');
    expect(codeForName('Atlantis')).toBeUndefined();
  });
  it('gives the numeric codes world-atlas uses for the map', () => {
    expect(countryByCode('CHN')?.numeric).toBe('156');
  });
});
