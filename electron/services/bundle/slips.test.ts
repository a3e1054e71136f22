import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExportJobView } from '@shared/bundleViews';
import { join } from 'node:path';
import { counterWithRecords, openBundle, testKey } from '../../../tests/support/bundle';
import { tempDir, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import { readPdf } from '../documents/pdfText';
import { sha256 } from '../documents/store';

async function finished(dispatch: TypedDispatch, job: ExportJobView): Promise<ExportJobView> {
  let view = job;
  while (view.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    view = unwrap(await dispatch('bundle.exportStatus', { jobId: view.jobId }));
  }
  return view;
}

const approval = { supervisorId: 1, supervisorPin: '123456' };

describe('export through the channels, and its slips', () => {
  it('re-asks the supervisor PIN, exports in the background, and lists the export', async () => {
    const { dispatch } = await counterWithRecords(3);
    const out = tempDir('kaunter-usb-');
    const refused = await dispatch('bundle.exportStart', {
      ...approval,
      supervisorPin: '000000',
      folder: out,
      passphrase: null,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const badFolder = await dispatch('bundle.exportStart', { ...approval, folder: 'usb', passphrase: null });
    expect(badFolder).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/laluan penuh/) as string },
    });
    const job = await finished(
      dispatch,
      unwrap(await dispatch('bundle.exportStart', { ...approval, folder: out, passphrase: 'frasa-laluan-9' })),
    );
    expect(job.state).toBe('done');
    if (job.state !== 'done') return;
    expect(job.result).toMatchObject({ seq: 1, withPassphrase: true, caseCount: 3 });
    expect(unwrap(await dispatch('bundle.exports', {}))).toEqual([
      expect.objectContaining({ seq: 1, pgpSha256: job.result.pgpSha256 }),
    ]);
  });

  it('is for supervisors only', async () => {
    const { dispatch } = await counterWithRecords(0);
    unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
    unwrap(await dispatch('auth.signOut', {}));
    const clerk = unwrap(await dispatch('auth.users', {})).find((u) => u.role === 'CLERK');
    unwrap(await dispatch('auth.signIn', { userId: clerk?.id, pin: '654321' }));
    for (const channel of ['bundle.ictKeys', 'bundle.deviceKey', 'bundle.exports'] as const) {
      expect(await dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await dispatch('bundle.exportStart', { ...approval, folder: tempDir(), passphrase: null })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('reports a failed export with its Malay message', async () => {
    const { dispatch } = await counterWithRecords(1);
    const job = await finished(
      dispatch,
      unwrap(await dispatch('bundle.exportStart', { ...approval, folder: '/tiada/folder/ini', passphrase: null })),
    );
    expect(job).toMatchObject({
      state: 'failed',
      error: { code: 'STORAGE', message: expect.stringMatching(/tiada lagi/) as string },
    });
  });

  it('prints the handover slip with the manifest figures, registered once in documents', async () => {
    const { dispatch, ledger } = await counterWithRecords(3);
    unwrap(await dispatch('bundle.importIctKey', { supervisorPin: '123456', armored: testKey('ict-escrow-test.pub') }));
    const out = tempDir('kaunter-usb-');
    const job = await finished(
      dispatch,
      unwrap(await dispatch('bundle.exportStart', { ...approval, folder: out, passphrase: null })),
    );
    if (job.state !== 'done') throw new Error(JSON.stringify(job));
    const slip = unwrap(await dispatch('bundle.handoverSlip', { seq: 1, toPrinter: false }));
    const bytes = readFileSync(slip.pdfFile);
    expect(sha256(bytes)).toBe(slip.sha256);
    const text = (await readPdf(bytes)).map((p) => p.text).join(' ');
    const h = job.result.pgpSha256;
    expect(text).toContain('BORANG SERAHAN');
    expect(text).toContain(`${h.slice(0, 8)} ${h.slice(8, 16)}`);
    expect(text).toContain(job.result.deviceKeyFingerprint.slice(0, 4).toUpperCase());
    expect(text).toContain('05005-K1-2026-000001');
    expect(text).toContain('Diserahkan oleh:');
    expect(text).toContain('Diterima oleh (ICT):');
    expect(text).toContain('Jawatan');
    expect(text).toContain('Tunai');
    expect(text).toContain('ICT Escrow Ujian');
    const again = unwrap(await dispatch('bundle.handoverSlip', { seq: 1, toPrinter: false }));
    expect(again.sha256).toBe(slip.sha256);
    const docs = ledger.db
      .prepare("SELECT kind, reference, pdf_sha256 FROM documents WHERE kind = 'BORANG_SERAHAN'")
      .all();
    expect(docs).toEqual([{ kind: 'BORANG_SERAHAN', reference: job.result.baseName, pdf_sha256: slip.sha256 }]);
    // The slip is in the documents register, so the next export lists it in documents.csv.
    const out2 = tempDir('kaunter-usb-');
    const next = await finished(
      dispatch,
      unwrap(await dispatch('bundle.exportStart', { ...approval, folder: out2, passphrase: null })),
    );
    if (next.state !== 'done') throw new Error(JSON.stringify(next));
    expect(next.result.previousSha256).toBe(job.result.pgpSha256);
    const { files } = await openBundle(
      readFileSync(join(out2, next.result.files.pgp)),
      readFileSync(join(out2, next.result.files.deviceKey), 'utf8'),
    );
    const documentsCsv = Buffer.from(files['documents.csv'] as Uint8Array).toString('utf8');
    expect(documentsCsv).toContain(`BORANG_SERAHAN,${job.result.baseName},,`);
    expect(documentsCsv).toContain(slip.sha256);
    // Nowhere to print: refused before anything is made.
    expect(await dispatch('bundle.handoverSlip', { seq: 1, toPrinter: true })).toMatchObject({
      ok: false,
      error: { code: 'PRINTER' },
    });
  });

  it('prints the setup slip with the device-key fingerprint for ICT', async () => {
    const { dispatch } = await counterWithRecords(0);
    const key = unwrap(await dispatch('bundle.deviceKey', {}));
    const slip = unwrap(await dispatch('bundle.setupSlip', { toPrinter: false }));
    const text = (await readPdf(readFileSync(slip.pdfFile))).map((p) => p.text).join(' ');
    expect(text).toContain('SLIP PERSEDIAAN KAUNTER SANDARAN');
    const groups = key.fingerprint.toUpperCase().match(/.{4}/g) ?? [];
    expect(text).toContain(groups.slice(0, 5).join(' '));
    expect(text).toContain(groups.slice(5).join(' '));
    expect(text).toContain('7E0C E10A');
  });
});
