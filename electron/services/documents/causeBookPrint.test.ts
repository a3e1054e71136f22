import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { dispatcherFor, unwrap } from '../../../tests/support/ledger';
import { memoryCourtFolder } from '../courtFolder/settings';
import { readPdf } from './pdfText';

const textOf = async (file: string) => (await readPdf(readFileSync(file))).map((p) => p.text).join(' ');

/** K1 registers a case and publishes it; K2 reads it and prints through its dispatcher. */
async function atK2() {
  const { folder, k1, k2 } = await threeCounters();
  const k1Case = registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
  const k2Case = registerAt(k2, 'Rahim bin Salleh', '800202-05-5111');
  await k1.sync();
  await k2.sync();
  const store = memoryCourtFolder();
  const dispatch = dispatcherFor(k2.ledger, { courtFolder: store, courtReplica: () => k2.replica });
  unwrap(await dispatch('auth.signIn', { userId: k2.supervisorId, pin: '123456' }));
  unwrap(await dispatch('printers.choose', { kind: 'courtDocument', printer: 'Folder cetakan (Simpan PDF)' }));
  const audits = () =>
    k2.ledger.db
      .prepare("SELECT data FROM audit_events WHERE action = 'causeBook.print' ORDER BY seq")
      .pluck()
      .all()
      .map((d) => JSON.parse(d as string) as Record<string, unknown>);
  const books = join(k2.dataDir, 'dokumen', 'buku-kausa');
  const saved = () => (existsSync(books) ? readdirSync(books).length : 0);
  return { folder, k1Case, k2Case, store, dispatch, audits, saved };
}

describe('causeBook.print, scope COURT', () => {
  it('is refused, with nothing saved or audited, while no court folder is set; a scope it does not know is refused too', async () => {
    const { dispatch, audits, saved } = await atK2();
    expect(
      await dispatch('causeBook.print', { period: 'DAY', date: '2026-11-30', scope: 'COURT', toPrinter: true }),
    ).toMatchObject({ error: { code: 'VALIDATION', message: /Folder mahkamah belum ditetapkan di kaunter ini/ } });
    expect(
      await dispatch('causeBook.print', { period: 'DAY', date: '2026-11-30', scope: 'NEGERI', toPrinter: false }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'scope' }] } });
    expect(saved()).toBe(0);
    expect(audits()).toEqual([]);
  });

  it("prints both counters' cases with the Kaunter column and audits the print with the counters it held", async () => {
    const { folder, store, k1Case, k2Case, dispatch, audits } = await atK2();
    store.set(folder);
    const printed = unwrap(
      await dispatch('causeBook.print', { period: 'DAY', date: '2026-11-30', scope: 'COURT', toPrinter: true }),
    );
    expect(printed).toMatchObject({ printed: true, copy: false });
    expect(printed.pdfFile).toMatch(/2026-11-30_2026-11-30-mahkamah-\d+\.pdf$/);
    const text = await textOf(printed.pdfFile);
    expect(text).toContain('Seluruh mahkamah: Kaunter K2, K1, K3');
    expect(text).toMatch(new RegExp(`${k1Case.caseNumber} K1 `));
    expect(text).toMatch(new RegExp(`${k2Case.caseNumber} K2 `));
    expect(text).toContain('Kaunter K3: belum ada rekod diterima daripada folder mahkamah');
    expect(text).toContain('Jumlah: 2 kes');
    expect(text).not.toContain('AMARAN');
    expect(audits()).toEqual([
      expect.objectContaining({
        period: 'DAY',
        from: '2026-11-30',
        to: '2026-11-30',
        scope: 'COURT',
        counters: [
          { counter: 'K2', lastSeq: expect.any(Number), problems: 0 },
          { counter: 'K1', lastSeq: expect.any(Number), problems: 0 },
          { counter: 'K3', lastSeq: 0, problems: 0 },
        ],
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);

    // This counter's book, as before: its own case only, no Kaunter column, no scope in the audit.
    const own = unwrap(await dispatch('causeBook.print', { period: 'DAY', date: '2026-11-30', toPrinter: true }));
    const ownText = await textOf(own.pdfFile);
    expect(ownText).toContain(k2Case.caseNumber);
    expect(ownText).not.toContain(k1Case.caseNumber);
    expect(ownText).not.toContain('Seluruh mahkamah');
    expect(ownText).toMatch(/Bil\. No\. Kes Tarikh Daftar/);
    expect(audits()[1]).not.toHaveProperty('scope');
  });
});
