import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { counterWithRecords, openBundle } from '../../../tests/support/bundle';
import { csvBytes, fileInput } from '../../../tests/support/esv3Files';
import { tempDir, unwrap } from '../../../tests/support/ledger';
import { exportBundle } from './exportBundle';

const CAUSE_BOOK = [
  'No. Kes,Tarikh Daftar,Jenis Kes,Pihak',
  '05005-024-0601-2026,02/11/2026,024,Rujukan Satu binti Ujian lwn Kamal bin Daud',
  '05005-024-0602-2026,03/11/2026,024,Rujukan Dua binti Ujian lwn Hisham bin Yaakob',
].join('\n');

describe('the bundle and the imported cause book', () => {
  it('never carries reference rows as registrations; a case recorded from one is an existing case', async () => {
    const counter = await counterWithRecords(1);
    const { dispatch, ledger } = counter;
    const preview = unwrap(
      await dispatch('esv3Import.causeBookPreview', { file: fileInput('buku-kausa.csv', csvBytes(CAUSE_BOOK)) }),
    );
    unwrap(
      await dispatch('esv3Import.causeBookApply', {
        importId: preview.file.importId,
        digest: preview.digest,
        mapping: preview.mapping,
      }),
    );
    // The clerk receives a document on the first reference case: it is recorded as an ESV3 case.
    const [found] = unwrap(await dispatch('esv3Import.referenceSearch', { query: 'Rujukan Satu' }));
    unwrap(
      await dispatch('cases.recordGiven', {
        source: 'ESV3_EXISTING',
        caseNumber: found?.caseNumber,
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [{ side: 'CLAIMANT', name: found?.claimant.name, idType: 'NONE' }],
      }),
    );
    const out = tempDir('kaunter-usb-');
    const result = await exportBundle(ledger, {
      folder: out,
      vault: counter.vault,
      by: { id: counter.supervisor.id, name: counter.supervisor.name },
    });
    const { files } = await openBundle(
      readFileSync(join(out, result.files.pgp)),
      readFileSync(join(out, result.files.deviceKey), 'utf8'),
    );
    const cases = parse(strFromU8(files['cases.csv'] ?? new Uint8Array()), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(cases.map((c) => [c.case_number, c.source])).toEqual([
      ['05005-024-0770-2026', 'MANUAL'],
      ['05005-024-0601-2026', 'ESV3_EXISTING'],
    ]);
    for (const [name, bytes] of Object.entries(files)) {
      const text = strFromU8(bytes);
      expect(text, name).not.toContain('05005-024-0602-2026');
      expect(text, name).not.toContain('Rujukan Dua');
    }
  });
});
