import { describe, expect, it } from 'vitest';
import caseTypesData from '@shared/data/case-types.json';
import { readyLedger } from '../../../tests/support/ledger';
import { getCaseType, listCaseTypes, saveCaseType } from '../cases/caseTypes';
import { DEFAULT_CASE_TYPES } from './reference';

const rows: { code: string; name: string; sourceName?: string }[] = caseTypesData.caseTypes;

describe('the shipped case types (issue 23)', () => {
  it('name each type as DBP writes it and keep the source spelling beside it, codes unchanged', () => {
    const byCode = new Map(DEFAULT_CASE_TYPES.map((t) => [t.code, t.name]));
    expect(byCode.get('013')).toBe('Permohonan Pengisytiharan Pembubaran Perkahwinan Sebab Pertukaran Agama');
    expect(byCode.get('009')).toBe('Tuntutan Ganti Rugi Pertunangan');
    expect(byCode.get('034')).toBe('Pelaksanaan Perintah Mahkamah');
    expect(byCode.get('035')).toBe('Garnisyen/Hiwalah');
    expect(byCode.get('161')).toBe('Tidak Hadir di Hadapan Pendaftar Nikah, Cerai dan Rujuk');
    const corrected = rows.filter((r) => r.sourceName !== undefined);
    expect(corrected.map((r) => r.code)).toEqual([
      '009',
      '013',
      '016',
      '019',
      '021',
      '034',
      '035',
      '049',
      '052',
      '053',
      '072',
      '079',
      '080',
      '161',
      '162',
      '176',
    ]);
    // A sourceName is provenance only: it differs from the name, and nothing else reads it.
    for (const r of corrected) expect(r.sourceName).not.toBe(r.name);
    expect(rows.find((r) => r.code === '013')?.sourceName).toContain('Pengistiharaan');
    expect(DEFAULT_CASE_TYPES.every((t) => !('sourceName' in t))).toBe(true);
  });

  it('keep 006 as its source classifies it (a Saman), and the clerk can still choose per case', () => {
    expect(DEFAULT_CASE_TYPES.find((t) => t.code === '006')).toMatchObject({
      name: 'Permohonan Pengesahtarafan Anak',
      proceeding: 'SAMAN',
    });
  });

  it('do not rename a counter set up with an older list: its own list stays until the court edits it', async () => {
    const older = DEFAULT_CASE_TYPES.map((t) => {
      const source = rows.find((r) => r.code === t.code)?.sourceName;
      return source ? { ...t, name: source } : t;
    });
    const { ledger, supervisor } = await readyLedger({ caseTypes: older });
    expect(getCaseType(ledger, '013')?.name).toBe(
      'Permohonan Pengistiharaan Pembubaran Perkahwinan Sebab Pertukaran Agama',
    );
    expect(listCaseTypes(ledger)).toHaveLength(DEFAULT_CASE_TYPES.length);
    // The court corrects its own row when it chooses to, as any other edit (audited).
    const fixed = DEFAULT_CASE_TYPES.find((t) => t.code === '013');
    if (!fixed) throw new Error('013 missing');
    saveCaseType(ledger, supervisor.id, fixed);
    expect(getCaseType(ledger, '013')?.name).toBe(fixed.name);
    expect(getCaseType(ledger, '009')?.name).toBe('Tuntutan Gantirugi Pertunangan');
  });
});
