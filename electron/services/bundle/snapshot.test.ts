import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { csvLine } from './csv';
import { courtIso, csvField, csvLineSql, rm } from './snapshot';

describe('court time and ringgit, in JavaScript and as SQLite writes them', () => {
  const db = new Database(':memory:');
  const sqlTime = (utc: string) =>
    db.prepare("SELECT strftime('%Y-%m-%dT%H:%M:%f', ?, '+8 hours') || '+08:00' AS t").pluck().get(utc) as string;
  const sqlRm = (sen: number) =>
    db.prepare("SELECT printf('%d.%02d', ? / 100, ? % 100)").pluck().get(sen, sen) as string;

  it('agree on instants across midnight, month and year ends', () => {
    for (const utc of [
      '2026-11-28T01:00:00.000Z',
      '2026-11-28T16:30:05.123Z',
      '2026-12-31T16:00:00.000Z',
      '2028-02-28T23:59:59.999Z',
    ]) {
      expect(sqlTime(utc)).toBe(courtIso(utc));
    }
    expect(courtIso('2026-12-31T16:00:00.000Z')).toBe('2027-01-01T00:00:00.000+08:00');
  });

  it('agree on amounts', () => {
    for (const sen of [0, 5, 50, 100, 2900, 123450, 10_000_000_000]) expect(sqlRm(sen)).toBe(rm(sen));
    expect(rm(12350)).toBe('123.50');
  });

  it('agree on RFC 4180 fields', () => {
    const values = [
      'biasa',
      'koma, di sini',
      'petik "dua"',
      'baris\nbaru',
      'hanya\rCR',
      ' ruang ',
      'Nor\u2019ain ‘ع’',
      '',
      770,
    ];
    const one = db.prepare(`SELECT ${csvField('@v')}`).pluck();
    // An INTEGER column's value, as the STRICT tables hold it (a JS number would bind as REAL).
    const sqlLine = values.map((v) => one.get({ v: typeof v === 'number' ? BigInt(v) : v }) as string).join(',');
    expect(`${sqlLine}\r\n`).toBe(csvLine(values));
    expect(
      db
        .prepare(`SELECT ${csvField('NULL')}`)
        .pluck()
        .get(),
    ).toBe('');
  });

  it('agree on whole lines, whether the row needs quoting or not', () => {
    const rows: [string, number | null, string | null, string | null, string | null][] = [
      ['biasa', 7, null, 'Jalan 1', 'CASH'],
      ['koma, di sini', 7, 'petik "dua"', 'No. 5, Jalan Tun Razak', 'CASH'],
      ['نور عائشة', null, 'baris\r\nbaru', 'Jalan 2', null],
      ['=SUM(A1)', 0, '', null, 'EFT'],
    ];
    const line = db.prepare(`SELECT ${csvLineSql(['@a', '@b', '@c', { often: '@d' }, { plain: '@e' }])}`).pluck();
    for (const [a, b, c, d, e] of rows) {
      const sqlLine = line.get({ a, b: typeof b === 'number' ? BigInt(b) : b, c, d, e }) as string;
      expect(`${sqlLine}\r\n`).toBe(csvLine([a, b, c, d, e]));
    }
  });
});
