import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import { csvBytes, fileInput, xlsxBytes } from '../../../tests/support/esv3Files';
import type { Ledger } from '../ledger/ledger';

async function signedIn(): Promise<{ ledger: Ledger; dispatch: TypedDispatch }> {
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { ledger, dispatch };
}

const referenceCount = (ledger: Ledger) =>
  (ledger.db.prepare('SELECT COUNT(*) AS n FROM esv3_cause_book').get() as { n: number }).n;

/** ESV3's cause book as Excel on a Windows PC saves it: Windows-1252, a curly apostrophe (0x92). */
const CAUSE_BOOK_1252 = Buffer.concat([
  Buffer.from('No. Kes,Tarikh Daftar,Jenis Kes,Pihak-pihak,No. K/P\r\n', 'latin1'),
  Buffer.from('05005-024-0701-2026,03/11/2026,Tuntutan Nafkah,Nor', 'latin1'),
  Buffer.from([0x92]),
  Buffer.from('ain binti Abdullah lwn Ahmad bin Ali,850101-10-5124\r\n', 'latin1'),
  Buffer.from('05005-017-0030-2026,2026-10-15,017,Siti Hajar binti Osman lwn Mohd Faizal bin Rahim,\r\n', 'latin1'),
  Buffer.from('05005-017-0030-2026,2026-10-15,017,Siti Hajar binti Osman lwn Mohd Faizal bin Rahim,\r\n', 'latin1'),
  Buffer.from('05005-024-0702-2026,31/02/2026,Tuntutan Nafkah,Zainab binti Hassan,\r\n', 'latin1'),
  Buffer.from('05005-24-702-2026,01/11/2026,Tuntutan Nafkah,Zainab binti Hassan,\r\n', 'latin1'),
  Buffer.from('05005-024-0703-2026,01/11/2026,Tuntutan Nafkah,,\r\n', 'latin1'),
]);

describe("importing ESV3's cause book as reference data", () => {
  it('reads Windows-1252, reports bad rows, keeps the rest with its source and finds them by name, IC or number', async () => {
    const { ledger, dispatch } = await signedIn();
    const preview = unwrap(
      await dispatch('esv3Import.causeBookPreview', { file: fileInput('buku-kausa-nov.csv', CAUSE_BOOK_1252) }),
    );
    expect(preview.file).toMatchObject({ encoding: 'Windows-1252', format: 'CSV', rowsRead: 6 });
    expect(preview.missing).toEqual([]);
    expect(preview.mapping).toEqual({ caseNumber: 0, registeredOn: 1, caseType: 2, parties: 3, idNumbers: 4 });
    expect(preview.counts).toEqual({ add: 2, update: 0, same: 0 });
    expect(preview.rows[0]).toMatchObject({
      caseNumber: '05005-024-0701-2026',
      registeredOn: '2026-11-03',
      parties: 'Nor’ain binti Abdullah lwn Ahmad bin Ali',
      idNumbers: ['850101105124'],
    });
    expect(preview.problems.map((p) => p.line)).toEqual([4, 5, 6, 7]);
    expect(preview.problems.map((p) => p.reason.message)).toEqual([
      expect.stringContaining('berulang (baris 3)'),
      expect.stringContaining('Tarikh daftar "31/02/2026"'),
      expect.stringContaining('tidak mengikut format'),
      expect.stringContaining('Nama pihak'),
    ]);
    const done = unwrap(
      await dispatch('esv3Import.causeBookApply', {
        importId: preview.file.importId,
        digest: preview.digest,
        mapping: preview.mapping,
      }),
    );
    expect(done.import).toMatchObject({ fileName: 'buku-kausa-nov.csv', added: 2, refused: 4, rowsRead: 6 });
    expect(done.totalReferenceCases).toBe(2);
    const event = ledger.db.prepare("SELECT data FROM audit_events WHERE action = 'causeBook.import'").get() as {
      data: string;
    };
    expect(JSON.parse(event.data)).toMatchObject({ sha256: preview.file.sha256, added: 2, refused: 4 });

    const byName = unwrap(await dispatch('esv3Import.referenceSearch', { query: 'nor’ain abdullah' }));
    expect(byName).toEqual([
      {
        caseNumber: '05005-024-0701-2026',
        registeredOn: '2026-11-03',
        caseType: 'Tuntutan Nafkah',
        parties: 'Nor’ain binti Abdullah lwn Ahmad bin Ali',
        caseTypeCode: '024',
        claimant: { name: 'Nor’ain binti Abdullah', idNumber: '850101105124' },
        respondent: { name: 'Ahmad bin Ali', idNumber: null },
        idNumbers: ['850101105124'],
        source: { fileName: 'buku-kausa-nov.csv', importedAt: '2026-11-28T01:00:00.000Z' },
      },
    ]);
    expect(unwrap(await dispatch('esv3Import.referenceSearch', { query: '850101-10-5124' }))).toHaveLength(1);
    expect(unwrap(await dispatch('esv3Import.referenceSearch', { query: '017-0030' }))[0]?.claimant.name).toBe(
      'Siti Hajar binti Osman',
    );
    expect(unwrap(await dispatch('esv3Import.referenceSearch', { query: 'Zainab' }))).toEqual([]);
    // Reference rows are not cases of this counter.
    expect(unwrap(await dispatch('cases.search', { query: 'Abdullah' })).cases).toEqual([]);
  });

  it('recognises the same file again, and a newer file adds and updates rows', async () => {
    const { ledger, dispatch } = await signedIn();
    const first = 'No Kes,Pihak\n05005-024-0701-2026,Aminah binti Yusof\n05005-024-0702-2026,Rosnah binti Salleh\n';
    const p1 = unwrap(await dispatch('esv3Import.causeBookPreview', { file: fileInput('a.csv', csvBytes(first)) }));
    unwrap(
      await dispatch('esv3Import.causeBookApply', {
        importId: p1.file.importId,
        digest: p1.digest,
        mapping: p1.mapping,
      }),
    );
    const again = unwrap(
      await dispatch('esv3Import.causeBookPreview', { file: fileInput('a-salinan.csv', csvBytes(first, 'utf8-bom')) }),
    );
    // The BOM makes other bytes: recognised by content, nothing to add.
    expect(again.counts).toEqual({ add: 0, update: 0, same: 2 });
    const same = unwrap(await dispatch('esv3Import.causeBookPreview', { file: fileInput('a.csv', csvBytes(first)) }));
    expect(same.previous).toMatchObject({ fileName: 'a.csv', added: 2 });
    const refused = await dispatch('esv3Import.causeBookApply', {
      importId: same.file.importId,
      digest: same.digest,
      mapping: same.mapping,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Tiada perubahan') as string },
    });
    const newer =
      'No Kes,Pihak\n05005-024-0702-2026,Rosnah binti Salleh lwn Kamal bin Daud\n05005-024-0703-2026,Hasnah binti Omar\n';
    const p2 = unwrap(await dispatch('esv3Import.causeBookPreview', { file: fileInput('b.csv', csvBytes(newer)) }));
    expect(p2.counts).toEqual({ add: 1, update: 1, same: 0 });
    unwrap(
      await dispatch('esv3Import.causeBookApply', {
        importId: p2.file.importId,
        digest: p2.digest,
        mapping: p2.mapping,
      }),
    );
    expect(referenceCount(ledger)).toBe(3);
    const history = unwrap(await dispatch('esv3Import.causeBookHistory', {}));
    expect(history.map((h) => [h.fileName, h.added, h.updated])).toEqual([
      ['b.csv', 1, 1],
      ['a.csv', 2, 0],
    ]);
    const found = unwrap(await dispatch('esv3Import.referenceSearch', { query: 'Kamal' }));
    expect(found[0]?.source.fileName).toBe('b.csv');
  });

  it('asks for a column mapping when the headers are not recognised (XLSX), then imports through it', async () => {
    const { ledger, dispatch } = await signedIn();
    const bytes = await xlsxBytes([
      ['Rujukan', 'Didaftar pada', 'Kategori', 'Penuntut / Pemohon'],
      ['05005-024-0701-2026', new Date('2026-11-02T00:00:00Z'), 'Nafkah', 'Aminah binti Yusof'],
      ['05005-017-0031-2026', '05/11/2026', 'Harta', 'Rosnah binti Salleh lwn Kamal bin Daud'],
    ]);
    const unmapped = unwrap(await dispatch('esv3Import.causeBookPreview', { file: fileInput('esv3.xlsx', bytes) }));
    expect(unmapped.file.format).toBe('XLSX');
    expect(unmapped.missing).toEqual(['caseNumber', 'parties']);
    expect(unmapped.headers).toEqual(['Rujukan', 'Didaftar pada', 'Kategori', 'Penuntut / Pemohon']);
    expect(unmapped.sample[0]?.[0]).toBe('05005-024-0701-2026');
    const notYet = await dispatch('esv3Import.causeBookApply', {
      importId: unmapped.file.importId,
      digest: unmapped.digest,
      mapping: unmapped.mapping,
    });
    expect(notYet).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const mapping = { caseNumber: 0, registeredOn: 1, caseType: 2, parties: 3, idNumbers: null };
    const mapped = unwrap(await dispatch('esv3Import.causeBookPreview', { importId: unmapped.file.importId, mapping }));
    expect(mapped.missing).toEqual([]);
    expect(mapped.rows.map((r) => [r.caseNumber, r.registeredOn, r.caseType])).toEqual([
      ['05005-024-0701-2026', '2026-11-02', 'Nafkah'],
      ['05005-017-0031-2026', '2026-11-05', 'Harta'],
    ]);
    // Apply must be given the mapping the preview used.
    const otherMapping = await dispatch('esv3Import.causeBookApply', {
      importId: mapped.file.importId,
      digest: mapped.digest,
      mapping: { ...mapping, caseType: null },
    });
    expect(otherMapping).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    unwrap(
      await dispatch('esv3Import.causeBookApply', { importId: mapped.file.importId, digest: mapped.digest, mapping }),
    );
    expect(referenceCount(ledger)).toBe(2);
  });

  it('reads a pasted list without a header (tab separated, as copied from Excel)', async () => {
    const { dispatch } = await signedIn();
    const pasted = '05005-024-0701-2026\t02/11/2026\t024\tAminah binti Yusof lwn Kamal bin Daud\n';
    const preview = unwrap(
      await dispatch('esv3Import.causeBookPreview', { file: fileInput('senarai-ditaip.txt', csvBytes(pasted)) }),
    );
    expect(preview.missing).toEqual([]);
    expect(preview.counts.add).toBe(1);
    expect(preview.rows[0]).toMatchObject({ registeredOn: '2026-11-02', caseType: '024' });
  });
});

describe('the parties of a cause book row', () => {
  it('gives each side its own identity number, written beside the name or listed in party order', async () => {
    const { splitParties } = await import('./causeBookRows');
    expect(splitParties('Aminah binti Yusof (850101-10-5124) lwn Kamal bin Daud (900202-05-5111)', [])).toEqual({
      claimant: { name: 'Aminah binti Yusof', idNumber: '850101105124' },
      respondent: { name: 'Kamal bin Daud', idNumber: '900202055111' },
    });
    expect(splitParties('Aminah binti Yusof LAWAN Kamal bin Daud', ['850101105124', '900202055111'])).toEqual({
      claimant: { name: 'Aminah binti Yusof', idNumber: '850101105124' },
      respondent: { name: 'Kamal bin Daud', idNumber: '900202055111' },
    });
    expect(splitParties('Rosnah binti Salleh', [])).toEqual({
      claimant: { name: 'Rosnah binti Salleh', idNumber: null },
      respondent: null,
    });
  });
});
