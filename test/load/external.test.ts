// The third-party extract in data/external/: its checksums, the evidence derived from it, and the
// script that remakes it from the upstream file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/io';
import { extractDprk } from '../../src/load/cow-extract';
import { COW_SOURCE_ID, loadExternal } from '../../src/load/external';
import { externalFiles } from '../helpers/record';

const EXT = path.join(__dirname, '..', '..', 'data', 'external');
const read = (name: string) => (fs.existsSync(path.join(EXT, name)) ? fs.readFileSync(path.join(EXT, name)) : undefined);
const CODES = 'ccode,iso3,cow_name,note\n710,CHN,China,\n817,,South Vietnam,not mapped\n740,JPN,Japan,\n';

describe('data/external', () => {
  it('matches the checksums its README quotes, for every file of every dataset', () => {
    const readme = fs.readFileSync(path.join(EXT, 'README.md'), 'utf8');
    const files = listFiles(EXT, (f) => path.basename(f) !== 'README.md').map((f) => path.relative(EXT, f));
    expect(files).toEqual(['cow-diplomatic-exchange/cow_codes.csv', 'cow-diplomatic-exchange/dprk.csv', 'kdiplo/LICENSE.md', 'kdiplo/dprk.csv', 'kdiplo/rok.csv']);
    for (const f of files) {
      const sum = createHash('sha256').update(fs.readFileSync(path.join(EXT, f))).digest('hex');
      expect(readme).toContain(`| \`${path.basename(f)}\` |`);
      expect(readme).toContain(sum);
    }
  });

  it('derives one attestation per year with exchange, and the real extract dates China every five years from 1950', () => {
    const partners = new Set(['CHN', 'CUB', 'RUS', 'GBR', 'DEU']);
    const ext = loadExternal(read, 'data/external', partners);
    const chn = ext.relationEvents.filter((e) => e.partner_id === 'CHN').map((e) => e.date.iso);
    expect(chn).toEqual(['1950', '1955', '1960', '1965', '1970', '1975', '1980', '1985', '1990', '1995', '2000', '2005']);
    expect(ext.relationEvents.find((e) => e.partner_id === 'GBR')).toMatchObject({ source_id: COW_SOURCE_ID, date: { iso: '2005' } });
    // Every partner code the record does not hold is named as a warning, never silently dropped.
    expect(ext.issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(ext.issues.length).toBeGreaterThan(50);
  });

  it('reads DE = 0 as no evidence, leaves unmapped states out, and names bad rows', () => {
    const ext = loadExternal(
      externalFiles({
        'cow-diplomatic-exchange/cow_codes.csv': CODES,
        'cow-diplomatic-exchange/dprk.csv': [
          'ccode1,ccode2,year,DR_at_1,DR_at_2,DE,version',
          '731,710,1950,9,9,1,2006.0999755859375',
          '731,710,1955,0,9,0,2006.0999755859375',
          '731,817,1975,1,0,1,2006.0999755859375',
          '732,710,1980,3,3,1,2006.0999755859375',
          '731,740,19x5,3,3,1,2006.0999755859375',
          '731,740,1990,3,3,1,2006.0999755859375',
        ].join('\n') + '\n',
      }),
      'data/external',
      new Set(['CHN']),
    );
    expect(ext.relationEvents.map((e) => [e.partner_id, e.date.iso, e.origin])).toEqual([['CHN', '1950', 'cow-diplomatic-exchange/dprk.csv:2']]);
    expect(ext.issues.map((i) => [i.line, i.columnName, i.value, i.severity])).toEqual([
      [5, 'ccode1', '732', 'error'],
      [6, 'year', '19x5', 'error'],
      [7, 'ccode2', '740', 'warning'],
    ]);
  });

  it('reports a missing extract instead of counting without it', () => {
    const ext = loadExternal(externalFiles({}), 'data/external', new Set());
    expect(ext.issues.map((i) => i.file)).toEqual(['data/external/cow-diplomatic-exchange/cow_codes.csv', 'data/external/cow-diplomatic-exchange/dprk.csv']);
  });

  it('remakes the extract from the upstream layout: DPRK rows with any non-zero value, in key order', () => {
    const upstream = [
      '"ccode1","ccode2","year","DR_at_1","DR_at_2","DE","version"',
      '710,731,1950,9,9,1,2006.0999755859375',
      '731,40,1970,0,3,1,2006.0999755859375',
      '731,2,1950,0,0,0,2006.0999755859375',
      '731,20,2005,0,3,1,2006.0999755859375',
    ].join('\n');
    expect(extractDprk(upstream)).toBe('ccode1,ccode2,year,DR_at_1,DR_at_2,DE,version\n731,20,2005,0,3,1,2006.0999755859375\n731,40,1970,0,3,1,2006.0999755859375\n');
  });
});
