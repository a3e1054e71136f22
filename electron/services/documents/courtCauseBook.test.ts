import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takePaymentSchema } from '@shared/schemas/payment';
import { registerAt, threeCounters, type TestCounter } from '../../../tests/support/courtFolder';
import { tempDir } from '../../../tests/support/ledger';
import { setHearing } from '../calendar/hearings';
import { takeCourtCasePayment } from '../courtFolder/courtCases';
import { counterDir } from '../courtFolder/layout';
import { searchCourtCases } from '../courtFolder/search';
import { causeBookDoc } from './causeBookDoc';
import { courtCauseBookData } from './courtCauseBook';
import { readPdf } from './pdfText';
import { renderPdf } from './render';

const caseIdOf = (c: TestCounter, caseNumber: string) =>
  c.ledger.db.prepare('SELECT id FROM cases WHERE case_number = ?').pluck().get(caseNumber) as number;

function hearingAt(c: TestCounter, caseNumber: string, date: string, time: string) {
  return setHearing(
    c.ledger,
    c.supervisorId,
    { caseId: caseIdOf(c, caseNumber), kind: 'SEBUTAN', date, time, room: 'Dewan Bicara 1' },
    null,
  );
}

/** Another counter's case paid for here (a COURT_COUNTER row), as Terima bayaran does. */
function payHere(at: TestCounter, caseNumber: string, payerName: string) {
  const [hit] = searchCourtCases(at.replica, caseNumber);
  if (!hit) throw new Error(`${caseNumber} not read at ${at.counter}`);
  const { caseId: _unused, ...pay } = takePaymentSchema.parse({
    caseId: 1,
    lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
    method: 'CASH',
    tenderedSen: 5000,
    payerName,
  });
  at.clock.advance(60_000);
  return takeCourtCasePayment(
    at.ledger,
    at.replica,
    at.supervisorId,
    { counter: hit.counter, caseId: hit.caseId },
    pay,
  );
}

/**
 * K2 prints. K1 registered Aminah's case (hearing 7 Dec), which K2 took a payment on; K2 registered
 * Rahim's (hearing 8 Dec), which K1 took a payment on; K3 registered Zulkifli's, then Hamidah's in a
 * segment that arrives with a flipped byte.
 */
async function court() {
  const c = await threeCounters();
  const { k1, k2, k3 } = c;
  const aminah = registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
  hearingAt(k1, aminah.caseNumber, '2026-12-07', '09:00');
  await k1.sync();
  const zulkifli = registerAt(k3, 'Zulkifli bin Hamid', '750505-05-5333');
  await k3.sync();
  k3.clock.advance(3_600_000);
  const hamidah = registerAt(k3, 'Hamidah binti Omar', '790909-05-5444');
  await k3.sync();
  const segment = join(counterDir(c.folder, '05005', 'K3'), 'seg-000002.kseg');
  const bytes = readFileSync(segment);
  const at = Math.floor(bytes.length / 2);
  bytes.writeUInt8((bytes.readUInt8(at) ^ 0x01) & 0xff, at);
  writeFileSync(segment, bytes);
  k2.clock.advance(5 * 60_000);
  const rahim = registerAt(k2, 'Rahim bin Salleh', '800202-05-5111');
  hearingAt(k2, rahim.caseNumber, '2026-12-08', '14:30');
  await k2.sync();
  await k1.sync();
  const k1PaidRahim = payHere(k1, rahim.caseNumber, 'Rahim bin Salleh');
  await k1.sync();
  await k2.sync();
  const k2PaidAminah = payHere(k2, aminah.caseNumber, 'Aminah binti Yusof');
  return { ...c, aminah, zulkifli, hamidah, rahim, k1PaidRahim, k2PaidAminah };
}

describe("the whole court's cause book (built at K2)", () => {
  it("lists K2's cases and the verified cases of K1 and K3 once each, by registration then counter, and names K3's problem", async () => {
    const { k2, aminah, zulkifli, hamidah, rahim, k1PaidRahim, k2PaidAminah } = await court();
    const { data, counters } = courtCauseBookData(k2.ledger, k2.replica, 'DAY', '2026-11-30');
    // Aminah (K1) and Zulkifli (K3) were registered in the same minute, Rahim (K2) five minutes later;
    // Hamidah's segment was refused. Neither COURT_COUNTER row (K2's for Aminah, K1's for Rahim) is a row.
    expect(data.rows.map((r) => [r.caseNumber, r.counter])).toEqual([
      [aminah.caseNumber, 'K1'],
      [zulkifli.caseNumber, 'K3'],
      [rahim.caseNumber, 'K2'],
    ]);
    expect(data.rows.map((r) => r.caseNumber)).not.toContain(hamidah.caseNumber);
    const [a, z, r] = data.rows;
    // The payment taken at the other counter joins the registering counter's row.
    expect(a?.receiptNumbers).toEqual([aminah.receiptNumber, k2PaidAminah.receiptNumber]);
    expect(r?.receiptNumbers).toEqual([rahim.receiptNumber, k1PaidRahim.receiptNumber]);
    expect(a?.amountSen).toBe(2 * (z?.amountSen ?? 0));
    expect(a?.hearing).toBe('07/12/2026 9.00 pagi, Dewan Bicara 1 (Sebutan)');
    expect(r?.hearing).toBe('08/12/2026 2.30 petang, Dewan Bicara 1 (Sebutan)');
    expect(z?.hearing).toBeNull();
    expect(a?.parties).toEqual(['Plaintif: Aminah binti Yusof (No. K/P 850101-10-5124)']);
    expect(data.totalSen).toBe(data.rows.reduce((sum, row) => sum + row.amountSen, 0));
    expect(data.court?.counters).toEqual(['K2', 'K1', 'K3']);
    expect(data.court?.included[0]).toBe('Kaunter K2 (kaunter ini): semua rekod hingga masa dicetak');
    expect(data.court?.included[1]).toMatch(
      /^Kaunter K1: rekod hingga 30 November 2026, \d\d:\d\d \(segmen terakhir tiba \d+ \w+ 2026, \d\d:\d\d\)$/,
    );
    expect(data.court?.warnings[0]).toMatch(/^AMARAN: senarai ini mungkin tidak lengkap/);
    expect(data.court?.warnings.slice(1)).toEqual([expect.stringMatching(/^Kaunter K3, segmen 2: /)]);
    expect(data.printedLine).toMatch(/· Kaunter K2 · Seluruh mahkamah$/);
    expect(counters.map((c) => [c.counter, c.problems])).toEqual([
      ['K2', 0],
      ['K1', 0],
      ['K3', 1],
    ]);
  });

  it('prints as an A4 landscape book with a Kaunter column, what is included and the warning (pdftotext)', async () => {
    const { k2, aminah, zulkifli, hamidah, rahim } = await court();
    const bytes = await renderPdf(causeBookDoc(courtCauseBookData(k2.ledger, k2.replica, 'DAY', '2026-11-30').data));
    const pages = await readPdf(bytes);
    expect(pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([[842, 595]]);
    const file = join(tempDir('kaunter-court-book-'), 'buku-kausa.pdf');
    writeFileSync(file, bytes);
    const out = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    const text = out.stdout;
    for (const expected of [
      'BUKU KAUSA',
      'Hari: Isnin, 30 November 2026',
      'Seluruh mahkamah: Kaunter K2, K1, K3',
      'Rekod yang disertakan:',
      'Kaunter K2 (kaunter ini): semua rekod hingga masa dicetak',
      'AMARAN: senarai ini mungkin tidak lengkap.',
      'Kaunter K3, segmen 2:',
      'Jumlah: 3 kes',
      'Seluruh mahkamah',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Bil\.\s+No\. Kes\s+Kaunter\s+Tarikh Daftar\s+Jenis Kes\s+Pihak-pihak/);
    // Each case once, on the line of its counter.
    for (const [caseNumber, counter] of [
      [aminah.caseNumber, 'K1'],
      [zulkifli.caseNumber, 'K3'],
      [rahim.caseNumber, 'K2'],
    ] as const) {
      expect(text.split(caseNumber)).toHaveLength(2);
      expect(text).toMatch(new RegExp(`${caseNumber}\\s+${counter}\\s+30/11/2026`));
    }
    expect(text).not.toContain(hamidah.caseNumber);
  });
});
