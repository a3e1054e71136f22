import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BUNDLE_CSV_COLUMNS, bundleManifestSchema } from '@shared/bundle/format';
import type { ExportProgress } from '@shared/bundleViews';
import { counterWithRecords, ledgerCount, openBundle, testKey } from '../../../tests/support/bundle';
import { tempDir, unwrap } from '../../../tests/support/ledger';
import { unwritableFolder } from '../../../tests/support/folders';
import { verifyChain } from '../ledger/audit';
import { exportBundle } from './exportBundle';
import { fileDeviceKeyVault } from './deviceKey';
import { seed } from '../../cli/seed';
import { openLedger } from '../ledger/ledgerFile';
import { listExports } from './exports';
import { handoverFigures } from './slips';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function exported(cases = 3) {
  const counter = await counterWithRecords(cases);
  const out = tempDir('kaunter-usb-');
  const progress: ExportProgress[] = [];
  const result = await exportBundle(counter.ledger, {
    folder: out,
    vault: counter.vault,
    by: { id: counter.supervisor.id, name: counter.supervisor.name },
    onProgress: (p) => progress.push(p),
  });
  const pgp = readFileSync(join(out, result.files.pgp));
  const deviceKey = readFileSync(join(out, result.files.deviceKey), 'utf8');
  const opened = await openBundle(pgp, deviceKey);
  return { ...counter, out, result, pgp, deviceKey, progress, ...opened };
}

describe('the reconciliation bundle', () => {
  it('writes the three files under the v1 base name, signed and encrypted to the ICT key', async () => {
    const { out, result, pgp, progress } = await exported();
    expect(readdirSync(out).sort()).toEqual(
      [result.files.deviceKey, result.files.manifestText, result.files.pgp].sort(),
    );
    expect(result.baseName).toBe('KS-05005-K1-0001-20261128T0900');
    expect(result.files.pgp).toBe('KS-05005-K1-0001-20261128T0900.zip.pgp');
    expect(sha(pgp)).toBe(result.pgpSha256);
    // A binary message, not armored.
    expect(pgp.subarray(0, 10).toString('latin1')).not.toContain('-----BEGIN');
    expect(progress.at(-1)).toEqual({ phase: 'done', fraction: 1 });
    const fractions = progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('holds a manifest that matches its files row for row and byte for byte', async () => {
    const { files, manifest, ledger, result } = await exported();
    const parsed = bundleManifestSchema.parse(manifest);
    expect(Object.keys(files).sort()).toEqual(
      ['manifest.json', 'audit.jsonl', ...Object.keys(BUNDLE_CSV_COLUMNS)].sort(),
    );
    for (const entry of parsed.files) {
      const bytes = files[entry.name];
      expect(bytes, entry.name).toBeDefined();
      expect(sha(bytes as Uint8Array)).toBe(entry.sha256);
      expect((bytes as Uint8Array).length).toBe(entry.bytes);
    }
    expect(parsed).toMatchObject({
      counter: 'K1',
      court: { stateCode: '05', courtCode: '005' },
      deviceKeyFingerprint: result.deviceKeyFingerprint,
      export: { seq: 1, previousSha256: null, final: false, at: '2026-11-28T09:00:00.000+08:00' },
      counts: { cases: 3, receipts: 3, receiptsCancelled: 1, parties: 3 },
    });
    const rowsOf = (name: string) => parsed.files.find((f) => f.name === name)?.rows;
    expect(rowsOf('cases.csv')).toBe(3);
    expect(rowsOf('filings.csv')).toBe(0);
    const chain = verifyChain(ledger.db);
    // The export's own event comes after the snapshot.
    expect(chain.ok && chain.length - 1).toBe(parsed.audit.length);
    expect(rowsOf('audit.jsonl')).toBe(parsed.audit.length);
    expect(parsed.ranges.caseNumbers).toEqual([
      {
        scope: expect.stringContaining('017') as string,
        first: '05005-017-0042-2026',
        last: '05005-017-0042-2026',
        count: 1,
      },
      {
        scope: expect.stringContaining('024') as string,
        first: '05005-024-0770-2026',
        last: '05005-024-0771-2026',
        count: 2,
      },
    ]);
    expect(parsed.ranges.receiptNumbers).toEqual([
      { series: 'K1-2026', first: '05005-K1-2026-000001', last: '05005-K1-2026-000003', count: 3 },
    ]);
    const issuedSen = (
      ledger.db.prepare("SELECT SUM(total_sen) AS s FROM receipts WHERE status = 'ISSUED'").get() as { s: number }
    ).s;
    expect(parsed.totals.issuedSen).toBe(issuedSen);
    expect(Object.values(parsed.totals.byMethodSen).reduce((a, b) => a + b, 0)).toBe(issuedSen);
  });

  it('writes CSVs with BOM, CRLF, a header row, RFC 4180 quoting, court time and ringgit amounts', async () => {
    const { files } = await exported();
    for (const [name, columns] of Object.entries(BUNDLE_CSV_COLUMNS)) {
      const text = Buffer.from(files[name] as Uint8Array).toString('utf8');
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      expect(text.slice(1).split('\r\n')[0]).toBe(columns.join(','));
      expect(text.endsWith('\r\n')).toBe(true);
    }
    const parties = parse(strFromU8(files['parties.csv'] as Uint8Array), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(parties[0]).toMatchObject({
      case_number: '05005-024-0770-2026',
      role: 'CLAIMANT',
      name: "Nor'ain binti Abdullah",
      address: 'No. 12, Jalan "Melati" 3,\nTaman Seri, 70000 Seremban',
    });
    // The column appended by migration 018: empty for every party but a passport holder.
    expect(parties.every((p) => 'nationality' in p)).toBe(true);
    expect(parties.filter((p) => p.id_type !== 'PASSPORT').every((p) => p.nationality === '')).toBe(true);
    const receipts = parse(strFromU8(files['receipts.csv'] as Uint8Array), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(receipts[0]).toMatchObject({
      receipt_number: '05005-K1-2026-000001',
      status: 'CANCELLED',
      cancelled_reason: 'Salah kaedah bayaran',
      issued_at: '2026-11-28T09:00:00.000+08:00',
      issued_by: 'Puan Rohana binti Ismail',
    });
    expect(receipts[0]?.amount_rm).toMatch(/^\d+\.\d{2}$/);
    const cases = parse(strFromU8(files['cases.csv'] as Uint8Array), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(cases[0]).toMatchObject({ registered_at: '2026-11-28T09:00:00.000+08:00', esv3_case_number: '' });
    // Lines break only between records: every physical CRLF ends a row.
    const raw = Buffer.from(files['parties.csv'] as Uint8Array).toString('utf8');
    expect(raw.split('\r\n').length - 1).toBe(1 + parties.length);
  });

  it('chains exports: the second names the SHA-256 of the first and takes the next seq', async () => {
    const { ledger, vault, supervisor, result: first } = await exported();
    const out = tempDir('kaunter-usb-');
    const second = await exportBundle(ledger, { folder: out, vault, by: { id: supervisor.id, name: supervisor.name } });
    expect(second.seq).toBe(2);
    expect(second.previousSha256).toBe(first.pgpSha256);
    const reopened = await openBundle(
      readFileSync(join(out, second.files.pgp)),
      readFileSync(join(out, second.files.deviceKey), 'utf8'),
    );
    const manifest = bundleManifestSchema.parse(reopened.manifest);
    expect(manifest.export).toMatchObject({ seq: 2, previousSha256: first.pgpSha256 });
    expect(second.deviceKeyFingerprint).toBe(first.deviceKeyFingerprint);
    const rows = ledger.db.prepare('SELECT seq, pgp_sha256, prev_sha256 FROM exports ORDER BY seq').all();
    expect(rows).toEqual([
      { seq: 1, pgp_sha256: first.pgpSha256, prev_sha256: null },
      { seq: 2, pgp_sha256: second.pgpSha256, prev_sha256: first.pgpSha256 },
    ]);
    expect(verifyChain(ledger.db).ok).toBe(true);
  });

  it('writes the filings and appointments the counter recorded', async () => {
    const dataDir = tempDir('kaunter-seeded-');
    // Seed makes, per ten cases, an existing case with two documents received and one appointment.
    await seed({ dataDir, cases: 10, seed: 3, log: null, court: '05005', counter: 'K1', blockStart: 1 });
    const ledger = openLedger(dataDir);
    try {
      const out = tempDir('kaunter-usb-');
      const result = await exportBundle(ledger, {
        folder: out,
        vault: fileDeviceKeyVault(dataDir),
        by: null,
        recipients: [testKey('ict-test.pub')],
      });
      const { files, manifest } = await openBundle(
        readFileSync(join(out, result.files.pgp)),
        readFileSync(join(out, result.files.deviceKey), 'utf8'),
      );
      const read = (name: string) =>
        parse(Buffer.from(files[name] as Uint8Array).toString('utf8'), { bom: true, columns: true }) as Record<
          string,
          string
        >[];
      const filings = read('filings.csv');
      expect(filings).toHaveLength(ledgerCount(ledger, 'filings'));
      expect(filings.length).toBeGreaterThan(0);
      for (const filing of filings) {
        expect(filing.receipt_number).toMatch(/^05005-K1-\d{4}-\d{6}$/);
        expect(filing.amount_rm).toMatch(/^\d+\.\d{2}$/);
        expect(filing.filed_at).toMatch(/\+08:00$/);
        expect(filing.filed_by).toBe('Penyelia Demo');
      }
      const appointments = read('appointments.csv');
      expect(appointments).toHaveLength(ledgerCount(ledger, 'appointments'));
      expect(appointments[0]?.reference).toMatch(/^JT-K1-\d{4}-\d{4}$/);
      expect(bundleManifestSchema.parse(manifest).counts).toMatchObject({
        filings: filings.length,
        appointments: appointments.length,
      });
    } finally {
      ledger.db.close();
    }
  });

  it('writes a manifest.txt with the .pgp SHA-256 and the figures', async () => {
    const { out, result } = await exported();
    const text = readFileSync(join(out, result.files.manifestText), 'utf8');
    expect(text).toContain(`SHA-256                      : ${result.pgpSha256}`);
    expect(text).toContain('05005-K1-2026-000001 … 05005-K1-2026-000003 (3)');
    expect(text).toContain('Kaunter (counter)            : K1');
  });

  it('refuses without an ICT key, and records nothing', async () => {
    const counter = await counterWithRecords(1, { importKey: false });
    const out = tempDir('kaunter-usb-');
    await expect(exportBundle(counter.ledger, { folder: out, vault: counter.vault, by: null })).rejects.toThrow(
      /Tiada kunci ICT/,
    );
    expect(readdirSync(out)).toEqual([]);
    expect(ledgerCount(counter.ledger, 'exports')).toBe(0);
  });

  it('leaves no file and no export row when the target folder is gone', async () => {
    const counter = await counterWithRecords(1);
    const out = join(tempDir('kaunter-usb-'), 'USB');
    mkdirSync(out);
    const audit = ledgerCount(counter.ledger, 'audit_events');
    const failing = exportBundle(counter.ledger, {
      folder: out,
      vault: counter.vault,
      by: null,
      // The stick is pulled while the bundle is being encrypted.
      onProgress: (p) => {
        if (p.phase === 'encrypt') rmSync(out, { recursive: true, force: true });
      },
    });
    await expect(failing).rejects.toMatchObject({
      code: 'STORAGE',
      message: expect.stringMatching(/tiada lagi/) as string,
    });
    expect(existsSync(out)).toBe(false);
    expect(ledgerCount(counter.ledger, 'exports')).toBe(0);
    // The device key was made at setup; the failed export added no event.
    expect(ledgerCount(counter.ledger, 'audit_events')).toBe(audit);
  });

  it('leaves no file when the target folder is read-only or full', async () => {
    const counter = await counterWithRecords(1);
    const readOnly = unwritableFolder('ro');
    try {
      await expect(
        exportBundle(counter.ledger, { folder: readOnly.path, vault: counter.vault, by: null }),
      ).rejects.toMatchObject({
        code: 'STORAGE',
        message: expect.stringMatching(/tidak boleh ditulis/) as string,
      });
      expect(readdirSync(readOnly.path)).toEqual([]);
    } finally {
      readOnly.release();
    }
    if (process.getuid?.() === 0) {
      const full = unwritableFolder('full');
      try {
        await expect(
          exportBundle(counter.ledger, { folder: full.path, vault: counter.vault, by: null }),
        ).rejects.toMatchObject({
          code: 'STORAGE',
          message: expect.stringMatching(/tidak mencukupi/) as string,
        });
        expect(readdirSync(full.path)).toEqual([]);
      } finally {
        full.release();
      }
    }
    expect(ledgerCount(counter.ledger, 'exports')).toBe(0);
  });

  it('removes the files it placed when the export cannot be recorded', async () => {
    const counter = await counterWithRecords(1);
    const out = tempDir('kaunter-usb-');
    counter.ledger.db.exec(
      "CREATE TEMP TRIGGER exports_refused BEFORE INSERT ON exports BEGIN SELECT RAISE(ABORT, 'refused'); END;",
    );
    await expect(exportBundle(counter.ledger, { folder: out, vault: counter.vault, by: null })).rejects.toMatchObject({
      code: 'STORAGE',
    });
    expect(readdirSync(out)).toEqual([]);
    expect(ledgerCount(counter.ledger, 'exports')).toBe(0);
  });

  it('is the final export once every record is back in ESV3, and says so in the manifest, list and slip', async () => {
    const counter = await counterWithRecords(2);
    const { dispatch, ledger } = counter;
    const exportNow = async () => {
      const out = tempDir('kaunter-usb-');
      const result = await exportBundle(ledger, {
        folder: out,
        vault: counter.vault,
        by: { id: counter.supervisor.id, name: counter.supervisor.name },
      });
      const opened = await openBundle(
        readFileSync(join(out, result.files.pgp)),
        readFileSync(join(out, result.files.deviceKey), 'utf8'),
      );
      const manifest = bundleManifestSchema.parse(opened.manifest);
      return { result, manifest, text: readFileSync(join(out, result.files.manifestText), 'utf8') };
    };
    const outageId = (ledger.db.prepare('SELECT id FROM outages').get() as { id: number }).id;

    // Still in the outage: an interim export.
    const during = await exportNow();
    expect(during.result.final).toBe(false);
    // ESV3 is back, but nothing is entered yet: still interim.
    unwrap(await dispatch('outage.close', { outageId, closeKind: 'ESV3_PULIH', note: null }));
    const back = await exportNow();
    expect(back.manifest.export.final).toBe(false);

    const list = unwrap(await dispatch('recovery.worklist', { filter: 'BELUM' }));
    expect(list.items.length).toBe(2);
    for (const item of list.items) {
      unwrap(
        await dispatch('recovery.record', {
          caseId: item.caseId,
          esv3CaseNumber: item.caseNumber,
          receipts: item.receipts
            .filter((r) => !r.cancelled)
            .map((r) => ({ receiptId: r.receiptId, esv3PaymentRef: `ESV3-PAY-${r.receiptId}` })),
        }),
      );
    }
    const last = await exportNow();
    expect(last.result.final).toBe(true);
    expect(last.manifest.export.final).toBe(true);
    expect(last.text).toMatch(/Eksport akhir \(final\) +: Ya/);
    expect(listExports(ledger).map((e) => [e.seq, e.final])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    expect(handoverFigures(ledger, 3).final).toBe(true);
    expect(handoverFigures(ledger, 1).final).toBe(false);

    // A new outage afterwards: interim while it is open; opened by mistake and closed with nothing in
    // it, the next export is final again; a case recorded in it waits for ESV3 to be back.
    const open = () => dispatch('outage.open', { sopOption: 1, startedAt: ledger.clock().toISOString(), note: null });
    const mistaken = unwrap(await open());
    expect((await exportNow()).result.final).toBe(false);
    unwrap(await dispatch('outage.close', { outageId: mistaken.id, closeKind: 'LAIN', note: null }));
    expect((await exportNow()).result.final).toBe(true);
    const another = unwrap(await open());
    unwrap(
      await dispatch('cases.register', {
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [{ side: 'CLAIMANT', name: 'Kamal bin Yusof', idType: 'MYKAD', idNumber: '800202-05-5001' }],
      }),
    );
    unwrap(await dispatch('outage.close', { outageId: another.id, closeKind: 'LAIN', note: null }));
    expect((await exportNow()).result.final).toBe(false);
  });
});
