import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFacts, startCupsd, type PrivateCups } from '../../tests/support/cupsd';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../../tests/support/ledger';
import { causeBookDoc } from '../services/documents/causeBookDoc';
import { dayCloseDoc } from '../services/documents/dayCloseDoc';
import { receiptDoc } from '../services/documents/receiptDoc';
import { renderPdf } from '../services/documents/render';
import { sampleDayClose, sampleHeader, sampleReceipt } from '../services/documents/sampleData';
import { memoryPrinterChoices, PrintFailure, type PrinterPort } from '../services/printing/printing';
import { cupsPrinters, followJob, parseLpJobId } from './cupsPrinters';
import { cupsServer, jobAttributes } from './ipp';

/**
 * The spooler port against a real cupsd of the test's own, with a real PDF driver (cups-pdf): what arrives
 * is read back (pages, paper size, text). One cupsd for the file; the tests in it run one after another.
 */
let cups: PrivateCups;
let port: PrinterPort;
let out: string;
const docs = tempDir();

const MM = 72 / 25.4;

async function write(name: string, bytes: Buffer): Promise<string> {
  const file = join(docs, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  cups = await startCupsd();
  out = await cups.addQueue('Kaunter_A5');
  port = cupsPrinters({ env: cups.env, pollMs: 100, timeoutMs: 60_000 });
}, 60_000);

afterAll(async () => {
  await cups?.stop();
});

/** Jobs still in the queue (not completed, cancelled or aborted). */
async function queued(): Promise<string> {
  return (await cups.admin('lpstat', '-W', 'not-completed', '-o')).trim();
}

describe('printing through CUPS', () => {
  it('lists the queue from the spooler, with its state and the default', async () => {
    expect(await port.list()).toEqual([{ name: 'Kaunter_A5', isDefault: false, state: 'READY' }]);
    await cups.admin('lpadmin', '-d', 'Kaunter_A5');
    expect(await port.list()).toEqual([{ name: 'Kaunter_A5', isDefault: true, state: 'READY' }]);
  });

  it('prints each kind of document on the paper it was made for, titled, with its copies', async () => {
    const a5 = await write(
      'resit-a5',
      await renderPdf(receiptDoc(sampleReceipt(), sampleHeader, { paper: 'A5', copy: false })),
    );
    const roll = await write(
      'resit-80mm',
      await renderPdf(receiptDoc(sampleReceipt(), sampleHeader, { paper: 'ROLL_80MM', copy: false })),
    );
    const statement = await write('penyata', await renderPdf(dayCloseDoc(sampleDayClose(25), sampleHeader)));
    const causeBook = await write(
      'buku-kausa',
      await renderPdf(
        causeBookDoc({
          courtName: 'Mahkamah Rendah Syariah Kuala Terengganu',
          stateName: 'Terengganu',
          periodLine: 'Hari: Sabtu, 28 November 2026',
          printedLine: 'Dicetak 28/11/2026 10:15',
          rows: [
            {
              caseNumber: '10003-024-0769-2026',
              registeredAt: '28/11/2026 10:15',
              caseType: 'Nafkah anak',
              parties: ['Plaintif: Siti Aminah binti Ismail (No. K/P 900215-14-5566)'],
              receiptNumbers: ['10003-K1-2026-000123'],
              amountSen: 2500,
              hearing: null,
              remarks: [],
            },
          ],
          totalSen: 2500,
          generatedAt: '2026-11-28T02:15:00.000Z',
        }),
      ),
    );

    const a5Job = await port.print(a5, {
      printer: 'Kaunter_A5',
      paper: 'A5',
      copies: 2,
      title: 'Resit 10003-K1-2026-000123',
    });
    const a5Out = pdfFacts(cups.arrived(out, a5Job.jobId ?? ''));
    expect(a5Out).toMatchObject({ pages: 1 });
    expect(a5Out.width).toBeCloseTo(148 * MM, -1);
    expect(a5Out.height).toBeCloseTo(210 * MM, -1);
    expect(a5Out.text).toContain('10003-K1-2026-000123');
    expect(a5Out.text).not.toContain('SALINAN');
    // The spooler took the job titled with the document and with the copies asked for (the printer makes
    // the copies, as a receipt printer does).
    const taken = await jobAttributes(cupsServer(cups.env), Number(a5Job.jobId?.split('-').pop()));
    expect(taken).toMatchObject({ state: 9, name: 'Resit 10003-K1-2026-000123', copies: 2 });

    const rollJob = await port.print(roll, {
      printer: 'Kaunter_A5',
      paper: 'ROLL_80MM',
      copies: 1,
      title: 'Resit gulung',
    });
    const rollOut = pdfFacts(cups.arrived(out, rollJob.jobId ?? ''));
    expect(rollOut.pages).toBe(1);
    expect(rollOut.width).toBeCloseTo(80 * MM, -1);
    // The roll's length is the receipt's own, not a sheet: its height came through as the PDF's.
    const made = pdfFacts(roll);
    expect(Math.abs(rollOut.height - made.height)).toBeLessThan(3 * MM);
    expect(rollOut.text).toContain('10003-K1-2026-000123');

    const statementJob = await port.print(statement, {
      printer: 'Kaunter_A5',
      paper: 'A4',
      copies: 1,
      title: 'Penyata 28/11/2026',
    });
    const statementOut = pdfFacts(cups.arrived(out, statementJob.jobId ?? ''));
    expect(statementOut.pages).toBe(pdfFacts(statement).pages);
    expect([Math.round(statementOut.width), Math.round(statementOut.height)]).toEqual([595, 842]);

    const bookJob = await port.print(causeBook, { printer: 'Kaunter_A5', paper: 'A4', copies: 1, title: 'Buku kausa' });
    const bookOut = pdfFacts(cups.arrived(out, bookJob.jobId ?? ''));
    // Landscape on A4 paper: the sheet is A4 whichever way round, the whole row is there.
    expect([Math.round(bookOut.width), Math.round(bookOut.height)].sort()).toEqual([595, 842]);
    expect(bookOut.text).toContain('10003-024-0769-2026');
    expect(bookOut.text).toContain('Siti Aminah binti Ismail');
    expect(await queued()).toBe('');
  });

  it('refuses a paused queue without leaving a job in it, and says the printer is paused', async () => {
    const a5 = join(docs, 'resit-a5.pdf');
    await cups.admin('cupsdisable', 'Kaunter_A5');
    expect(await port.list()).toMatchObject([{ name: 'Kaunter_A5', state: 'PAUSED' }]);
    const error = await port
      .print(a5, { printer: 'Kaunter_A5', paper: 'A5', copies: 1, title: 'Resit' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'PAUSED' });
    expect(await queued()).toBe('');
    await cups.admin('cupsenable', 'Kaunter_A5');
  });

  it('cancels a job left waiting on a printer paused after it was sent, and one held in the queue', async () => {
    const a5 = join(docs, 'resit-a5.pdf');
    const server = cupsServer(cups.env);
    const follow = (jobId: string) =>
      followJob(
        jobId,
        () => jobAttributes(server, Number(jobId.split('-').pop())),
        async () => {
          await cups.admin('cancel', jobId);
        },
        { pollMs: 100, timeoutMs: 20_000 },
        async () => (await port.list())[0]?.state ?? null,
      );
    await cups.admin('cupsdisable', 'Kaunter_A5');
    const waiting = parseLpJobId(await cups.admin('lp', '-d', 'Kaunter_A5', a5)) ?? '';
    expect(await follow(waiting).catch((e: unknown) => e)).toMatchObject({ reason: 'PAUSED', jobId: waiting });
    await cups.admin('cupsenable', 'Kaunter_A5');
    const held = parseLpJobId(await cups.admin('lp', '-d', 'Kaunter_A5', '-H', 'indefinite', a5)) ?? '';
    expect(await follow(held).catch((e: unknown) => e)).toMatchObject({ reason: 'HELD', jobId: held });
    expect(await queued()).toBe('');
    // Neither ever came out.
    expect(() => cups.arrived(out, waiting)).toThrow();
    expect(() => cups.arrived(out, held)).toThrow();
    // A job the spooler never had is not printed either.
    expect(await follow('Kaunter_A5-99999').catch((e: unknown) => e)).toMatchObject({ reason: 'VANISHED' });
  });

  it('says a queue refusing jobs refuses, and a removed queue is missing', async () => {
    const a5 = join(docs, 'resit-a5.pdf');
    const job = { printer: 'Kaunter_A5', paper: 'A5' as const, copies: 1, title: 'Resit' };
    await cups.admin('cupsreject', 'Kaunter_A5');
    expect(await port.list()).toMatchObject([{ name: 'Kaunter_A5', state: 'REJECTING' }]);
    expect(await port.print(a5, job).catch((e: unknown) => e)).toMatchObject({ reason: 'REJECTING' });
    await cups.admin('cupsaccept', 'Kaunter_A5');
    await cups.admin('lpadmin', '-x', 'Kaunter_A5');
    expect(await port.list()).toEqual([]);
    const error = await port.print(a5, job).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintFailure);
    expect(error).toMatchObject({ reason: 'MISSING' });
    out = await cups.addQueue('Kaunter_A5');
  });
});

describe('a counter printing receipts through CUPS', () => {
  it('prints the original, then SALINAN; a paused, refusing or removed queue prints nothing and loses nothing', async () => {
    const dataDir = tempDir();
    const { ledger } = await readyLedger({}, { dataDir });
    const dispatch = dispatcherFor(ledger, { printing: { port, choices: memoryPrinterChoices() } });
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(await dispatch('printers.choose', { kind: 'receipt', printer: 'Kaunter_A5' }));
    const claimant = {
      side: 'CLAIMANT',
      name: 'Siti Aminah binti Ismail',
      idType: 'MYKAD',
      idNumber: '900215-14-5566',
    };
    const registered = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [claimant] }),
    );
    const receipt = unwrap(
      await dispatch('payments.take', {
        caseId: registered.id,
        lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
        payerName: claimant.name,
        method: 'CASH',
        tenderedSen: 2500,
      }),
    );
    const print = () => dispatch('receipts.print', { receiptId: receipt.id, toPrinter: true });
    const attempts = () =>
      (
        ledger.db
          .prepare(
            "SELECT action, data FROM audit_events WHERE entity = 'receipt' AND action LIKE 'receipt.print%' ORDER BY seq",
          )
          .all() as { action: string; data: string }[]
      ).map((a) => ({
        action: a.action,
        ...(JSON.parse(a.data) as { reason?: string; copy: boolean; jobId: string | null }),
      }));

    await cups.admin('cupsdisable', 'Kaunter_A5');
    expect(await print()).toMatchObject({ ok: false, error: { code: 'PRINTER', message: /dihentikan sementara/ } });
    await cups.admin('cupsenable', 'Kaunter_A5');
    await cups.admin('cupsreject', 'Kaunter_A5');
    expect(await print()).toMatchObject({ ok: false, error: { code: 'PRINTER', message: /tidak menerima cetakan/ } });
    await cups.admin('cupsaccept', 'Kaunter_A5');
    expect(await queued()).toBe('');
    expect(attempts()).toMatchObject([
      { action: 'receipt.printFailed', reason: 'PAUSED', copy: false },
      { action: 'receipt.printFailed', reason: 'REJECTING', copy: false },
    ]);

    // The failures did not count: the first print that succeeds is the original.
    const first = unwrap(await print());
    expect(first).toMatchObject({ printed: true, copy: false, printerName: 'Kaunter_A5' });
    const firstJob = attempts()[2]?.jobId ?? '';
    expect(firstJob).toMatch(/^Kaunter_A5-\d+$/);
    const original = pdfFacts(cups.arrived(out, firstJob));
    expect(original.text).toContain(receipt.receiptNumber);
    expect(original.text).not.toContain('SALINAN');

    const second = unwrap(await print());
    expect(second.copy).toBe(true);
    const secondJob = attempts()[3]?.jobId ?? '';
    expect(pdfFacts(cups.arrived(out, secondJob)).text).toContain('SALINAN');

    await cups.admin('lpadmin', '-x', 'Kaunter_A5');
    expect(await print()).toMatchObject({
      ok: false,
      error: { code: 'PRINTER', message: /tiada lagi pada komputer ini/ },
    });
    expect(attempts().map((a) => [a.action, a.reason ?? null, a.copy])).toEqual([
      ['receipt.printFailed', 'PAUSED', false],
      ['receipt.printFailed', 'REJECTING', false],
      ['receipt.print', null, false],
      ['receipt.print', null, true],
      ['receipt.printFailed', 'MISSING', true],
    ]);
    // The receipt itself stands whatever the printer did.
    expect(ledger.db.prepare('SELECT status FROM receipts WHERE id = ?').get(receipt.id)).toEqual({ status: 'ISSUED' });
    out = await cups.addQueue('Kaunter_A5');
  });
});
