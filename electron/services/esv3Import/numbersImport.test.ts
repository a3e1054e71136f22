import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import { csvBytes, fileInput, xlsxBytes } from '../../../tests/support/esv3Files';
import type { Ledger } from '../ledger/ledger';
import { MAX_IMPORT_BYTES } from '@shared/schemas/esv3Import';

async function signedIn(): Promise<{ ledger: Ledger; dispatch: TypedDispatch }> {
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { ledger, dispatch };
}

const lastNumbers = (ledger: Ledger) =>
  ledger.db
    .prepare('SELECT case_type_code AS code, year, last_number AS n FROM esv3_last_numbers ORDER BY code, year')
    .all();
const auditCount = (ledger: Ledger) =>
  (ledger.db.prepare('SELECT COUNT(*) AS n FROM audit_events').get() as { n: number }).n;

describe('importing the last numbers ESV3 issued', () => {
  it('reads a CSV table (UTF-8 with BOM, semicolons), shows changes and bad rows, applies in one audited step', async () => {
    const { ledger, dispatch } = await signedIn();
    const text = [
      'Kod Mahkamah;Kod Kes;Tahun;Nombor Terakhir',
      '05005;024;2026;800',
      '05005;017;2026;41',
      '05005;12;2026;7',
      '10001;024;2026;900',
      '05005;024;2026;800',
      '05005;999;2026;3',
      '05005;001;2026;abc',
      '05005;001;1999;4',
    ].join('\r\n');
    const preview = unwrap(
      await dispatch('esv3Import.numbersPreview', { file: fileInput('nombor-ict.csv', csvBytes(text, 'utf8-bom')) }),
    );
    expect(preview.file).toMatchObject({ format: 'CSV', encoding: 'UTF-8 (BOM)', rowsRead: 8 });
    expect(preview.shape).toBe('TABLE');
    expect(preview.changes.map((c) => [c.caseTypeCode, c.year, c.before, c.after, c.kind])).toEqual([
      ['012', 2026, null, 7, 'NEW'],
      ['017', 2026, 41, 41, 'SAME'],
      ['024', 2026, 769, 800, 'RAISE'],
    ]);
    expect(preview.problems.map((p) => p.line)).toEqual([5, 6, 7, 8, 9]);
    expect(preview.problems[0]?.reason.message).toContain('bukan mahkamah ini');
    expect(preview.problems[1]?.reason.message).toContain('Baris berulang');
    expect(preview.problems[2]?.reason.message).toContain('tiada dalam senarai');
    const before = auditCount(ledger);
    const result = unwrap(
      await dispatch('esv3Import.numbersApply', { importId: preview.file.importId, digest: preview.digest }),
    );
    expect(result.applied).toHaveLength(2);
    expect(lastNumbers(ledger)).toEqual([
      { code: '012', year: 2026, n: 7 },
      { code: '017', year: 2026, n: 41 },
      { code: '024', year: 2026, n: 800 },
    ]);
    expect(auditCount(ledger)).toBe(before + 1);
    const event = ledger.db.prepare("SELECT data FROM audit_events WHERE action = 'lastNumbers.import'").get() as {
      data: string;
    };
    expect(JSON.parse(event.data)).toMatchObject({
      fileName: 'nombor-ict.csv',
      sha256: preview.file.sha256,
      rowsRead: 8,
    });
    // Numbering continues past the imported figure.
    expect(unwrap(await dispatch('cases.nextNumber', { caseTypeCode: '024' })).caseNumber).toBe('05005-024-0801-2026');
    // The same import cannot be applied twice.
    expect(
      await dispatch('esv3Import.numbersApply', { importId: preview.file.importId, digest: preview.digest }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('takes the highest number per series from an XLSX list of case numbers', async () => {
    const { ledger, dispatch } = await signedIn();
    const bytes = await xlsxBytes([
      ['No. Kes', 'Tarikh'],
      ['05005-024-0801-2026', new Date('2026-11-01')],
      ['05005-024-0805-2026', null],
      ['05005-017-0050-2026', null],
      ['05005-017-0050-2026', null],
      ['05005-024-0803-2026', null],
      ['ABC-123', null],
      ['05006-024-0900-2026', null],
      ['05005-024-0010-2025', null],
    ]);
    const preview = unwrap(await dispatch('esv3Import.numbersPreview', { file: fileInput('senarai.xlsx', bytes) }));
    expect(preview.file.format).toBe('XLSX');
    expect(preview.shape).toBe('CASE_NUMBERS');
    expect(preview.changes.map((c) => [c.caseTypeCode, c.year, c.after, c.kind])).toEqual([
      ['017', 2026, 50, 'RAISE'],
      ['024', 2026, 805, 'RAISE'],
      ['024', 2025, 10, 'NEW'],
    ]);
    expect(preview.problems.map((p) => [p.line, p.reason.message.slice(0, 20)])).toEqual([
      [5, '05005-017-0050-2026 '],
      [7, '"ABC-123" tidak meng'],
      [8, '05006-024-0900-2026 '],
    ]);
    unwrap(await dispatch('esv3Import.numbersApply', { importId: preview.file.importId, digest: preview.digest }));
    expect(lastNumbers(ledger)).toContainEqual({ code: '024', year: 2026, n: 805 });
  });

  it('refuses a figure lower than a number this counter has already issued, and says why', async () => {
    const { ledger, dispatch } = await signedIn();
    unwrap(
      await dispatch('cases.register', {
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [{ side: 'CLAIMANT', name: 'Aminah binti Yusof', idType: 'NONE' }],
      }),
    ); // 05005-024-0770-2026
    const text = 'Kod kes,Tahun,Nombor terakhir\n024,2026,765\n017,2026,45\n';
    const preview = unwrap(await dispatch('esv3Import.numbersPreview', { file: fileInput('a.csv', csvBytes(text)) }));
    expect(preview.changes.map((c) => c.caseTypeCode)).toEqual(['017']);
    expect(preview.problems).toEqual([
      {
        line: 2,
        reason: expect.objectContaining({
          message: expect.stringContaining(
            '765 bagi kod kes 024 tahun 2026 lebih rendah daripada nombor 770',
          ) as string,
        }) as unknown,
      },
    ]);
    unwrap(await dispatch('esv3Import.numbersApply', { importId: preview.file.importId, digest: preview.digest }));
    expect(lastNumbers(ledger)).toContainEqual({ code: '024', year: 2026, n: 769 });
  });

  it('refuses to apply when the ledger changed after the preview', async () => {
    const { dispatch } = await signedIn();
    const text = 'Kod kes,Tahun,Nombor terakhir\n024,2026,780\n';
    const preview = unwrap(await dispatch('esv3Import.numbersPreview', { file: fileInput('a.csv', csvBytes(text)) }));
    unwrap(await dispatch('settings.setLastNumbers', { rows: [{ caseTypeCode: '024', year: 2026, lastNumber: 775 }] }));
    const applied = await dispatch('esv3Import.numbersApply', {
      importId: preview.file.importId,
      digest: preview.digest,
    });
    expect(applied).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const forged = await dispatch('esv3Import.numbersApply', {
      importId: preview.file.importId,
      digest: 'a'.repeat(64),
    });
    expect(forged).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('reports an empty file, unknown columns and a file over the limit, changing nothing', async () => {
    const { ledger, dispatch } = await signedIn();
    const before = auditCount(ledger);
    const empty = await dispatch('esv3Import.numbersPreview', { file: fileInput('kosong.csv', csvBytes('\r\n\r\n')) });
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringContaining('kosong') as string } });
    const headerOnly = await dispatch('esv3Import.numbersPreview', {
      file: fileInput('tajuk.csv', csvBytes('Kod kes,Tahun,Nombor terakhir\n')),
    });
    expect(headerOnly).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('tajuk lajur') as string },
    });
    const odd = await dispatch('esv3Import.numbersPreview', {
      file: fileInput('x.csv', csvBytes('Nama,Alamat\nA,B\n')),
    });
    expect(odd).toMatchObject({ ok: false, error: { message: expect.stringContaining('tidak dikenali') as string } });
    const big = await dispatch('esv3Import.numbersPreview', {
      file: { fileName: 'besar.csv', contentBase64: 'A'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4) },
    });
    expect(big).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('8 MB') as string },
    });
    expect(auditCount(ledger)).toBe(before);
    expect(lastNumbers(ledger)).toHaveLength(2);
  });

  it('reads an XLSX table whose codes and numbers Excel stored as numbers (24 for 024)', async () => {
    const { ledger, dispatch } = await signedIn();
    const bytes = await xlsxBytes([
      ['Kod Mahkamah', 'Kod Kes', 'Tahun', 'Nombor Terakhir'],
      ['05005', 24, 2026, 812],
      [5005, 17, 2025, 96],
    ]);
    const preview = unwrap(await dispatch('esv3Import.numbersPreview', { file: fileInput('ict.xlsx', bytes) }));
    expect(preview.problems).toEqual([]);
    expect(preview.changes.map((c) => [c.caseTypeCode, c.year, c.after])).toEqual([
      ['024', 2026, 812],
      ['017', 2025, 96],
    ]);
    unwrap(await dispatch('esv3Import.numbersApply', { importId: preview.file.importId, digest: preview.digest }));
    expect(lastNumbers(ledger)).toContainEqual({ code: '017', year: 2025, n: 96 });
  });

  it('keeps one series per year when the court numbers all case types together', async () => {
    const { ledger } = await readyLedger({
      numbering: { template: '{state}{court}-{run:4}-{year}', scope: 'COURT_YEAR', blockStart: 1, blockSize: null },
      lastNumbers: [{ caseTypeCode: '*', year: 2026, lastNumber: 10 }],
    });
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const list = 'No. kes\n05005-0031-2026\n05005-0030-2026\n05005-024-0030-2026\n';
    const preview = unwrap(await dispatch('esv3Import.numbersPreview', { file: fileInput('a.csv', csvBytes(list)) }));
    expect(preview.changes.map((c) => [c.caseTypeCode, c.year, c.before, c.after])).toEqual([['*', 2026, 10, 31]]);
    expect(preview.problems.map((p) => p.line)).toEqual([4]);
    const table = 'Kod kes,Tahun,Nombor terakhir\n,2026,40\n024,2026,50\n';
    const fromTable = unwrap(
      await dispatch('esv3Import.numbersPreview', { file: fileInput('b.csv', csvBytes(table)) }),
    );
    expect(fromTable.changes.map((c) => [c.caseTypeCode, c.after])).toEqual([['*', 40]]);
    expect(fromTable.problems[0]?.reason.message).toContain('satu siri bagi semua kod kes');
  });

  it('says a damaged XLSX cannot be read, and changes nothing', async () => {
    const { dispatch } = await signedIn();
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('bukan zip yang sah')]);
    const r = await dispatch('esv3Import.numbersPreview', { file: fileInput('rosak.xlsx', broken) });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('tidak dapat dibaca sebagai XLSX') as string },
    });
  });

  it('is for supervisors only', async () => {
    const { ledger } = await readyLedger();
    const dispatch = dispatcherFor(ledger);
    const r = await dispatch('esv3Import.numbersPreview', { file: fileInput('a.csv', csvBytes('x')) });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
