import type { Ledger } from '../../electron/services/ledger/ledger';
import { frozenClock, readyLedger, SETUP, tempDir } from './ledger';
import {
  makeDeviceKey,
  rechain,
  sealBundle,
  type BundleContent,
  type SealOptions,
  type SealedBundle,
} from './bundleBuilder';
import { cancel, ledgerContent, registerAndPay } from './ledgerBundle';

/*
 * TEST SUPPORT ONLY. Three counters' ledgers made through the services, for the ICT tests:
 * K1 and K2 at Seremban, K2's block wrongly set to start where K1's does (a planted collision on
 * its one case), and K3 at the Mahkamah Tinggi Syariah. Clocks interleave so registration order
 * runs across counters.
 */

type Clock = ReturnType<typeof frozenClock>;

async function counterLedger(
  court: Partial<(typeof SETUP)['court']>,
  blockStart: number,
  start: string,
): Promise<{ ledger: Ledger; clock: Clock }> {
  const clock = frozenClock(start);
  const { ledger } = await readyLedger(
    { court: { ...SETUP.court, ...court }, numbering: { ...SETUP.numbering, blockStart } },
    { clock },
  );
  return { ledger, clock };
}

const cash = (lines: string[], tenderedSen: number) => ({
  lines: lines.map((feeCode) => ({ feeCode, quantity: 1 })),
  method: 'CASH' as const,
  tenderedSen,
});

function party(name: string, idNumber: string, side: 'CLAIMANT' | 'RESPONDENT' = 'CLAIMANT') {
  return { side, name, idType: 'MYKAD' as const, idNumber };
}

export interface Counters {
  k1: Ledger;
  k2: Ledger;
  k3: Ledger;
}

/** 10 minutes past 09:00 Malaysian time on 28 Nov 2026, as UTC. */
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 28, 1, minutes)).toISOString();

export async function threeCounters(): Promise<Counters> {
  const k1 = await counterLedger({ counterId: 'K1' }, 1, at(0));
  const k2 = await counterLedger({ counterId: 'K2' }, 1, at(0));
  const k3 = await counterLedger(
    { counterId: 'K3', courtCode: '100', courtName: 'Mahkamah Tinggi Syariah Negeri Sembilan', courtLevel: 'MTS' },
    1,
    at(0),
  );
  k1.clock.set(at(1));
  registerAndPay(
    k1.ledger,
    {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [
        party('Aminah binti Yusof', '850101-10-5124'),
        party('Rahim bin Salleh', '800202-05-5331', 'RESPONDENT'),
      ],
    },
    { ...cash(['SAMAN_MRS', 'PENYAMPAIAN'], 5000), payerName: 'Aminah binti Yusof', payerIdNumber: '850101-10-5124' },
  );
  k3.clock.set(at(5));
  registerAndPay(
    k3.ledger,
    { caseTypeCode: '017', proceeding: 'PERMOHONAN', parties: [party('Zulkifli bin Hamid', '790505-05-5117')] },
    { ...cash(['AFIDAVIT'], 2000), payerName: 'Zulkifli bin Hamid', payerIdNumber: '790505-05-5117' },
  );
  k2.clock.set(at(10));
  registerAndPay(
    k2.ledger,
    { caseTypeCode: '024', proceeding: 'SAMAN', parties: [party('Siti Hajar binti Osman', '900303-05-5002')] },
    {
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      method: 'EFT',
      methodReference: 'FPX778812',
      payerName: 'Siti Hajar binti Osman',
    },
  );
  k1.clock.set(at(20));
  const wrong = registerAndPay(
    k1.ledger,
    { caseTypeCode: '017', proceeding: 'PERMOHONAN', parties: [party('Faridah binti Kassim', '881212-05-5226')] },
    { ...cash(['AFIDAVIT', 'EKSHIBIT'], 10000), payerName: 'Faridah binti Kassim' },
  );
  k3.clock.set(at(25));
  registerAndPay(
    k3.ledger,
    { caseTypeCode: '024', proceeding: 'SAMAN', parties: [party('Hasnah binti Ali', '820808-05-5444')] },
    { ...cash(['SAMAN_MRS'], 3000), payerName: 'Hasnah binti Ali' },
  );
  k1.clock.set(at(30));
  cancel(k1.ledger, wrong.receiptId, 'Fi salah dikenakan');
  k3.clock.set(at(45));
  registerAndPay(
    k3.ledger,
    { caseTypeCode: '024', proceeding: 'SAMAN', parties: [party('Mohd Nor bin Daud', '770707-05-5557')] },
    { ...cash(['SAMAN_MRS', 'PENYAMPAIAN'], 2900), payerName: 'Mohd Nor bin Daud' },
  );
  return { k1: k1.ledger, k2: k2.ledger, k3: k3.ledger };
}

/**
 * Drops one receipt (its row, items and audit event, the chain re-linked) from a counter's contents:
 * a planted receipt gap that nothing but the numbering gives away.
 */
export function withoutReceipt(content: BundleContent, receiptNumber: string): BundleContent {
  const kept = content.audit.filter(
    (e) => !(e.action === 'receipt.issue' && (e.data as { receiptNumber?: string }).receiptNumber === receiptNumber),
  );
  const drop = (rows: Record<string, string>[] | undefined) =>
    (rows ?? []).filter((r) => r.receipt_number !== receiptNumber);
  return {
    ...content,
    audit: rechain(kept),
    tables: {
      ...content.tables,
      'receipts.csv': drop(content.tables['receipts.csv']),
      'receipt_items.csv': drop(content.tables['receipt_items.csv']),
    },
  };
}

export type Device = Awaited<ReturnType<typeof makeDeviceKey>>;

export async function devices(): Promise<Record<'k1' | 'k2' | 'k3', Device>> {
  return { k1: await makeDeviceKey('K1'), k2: await makeDeviceKey('K2'), k3: await makeDeviceKey('K3') };
}

/** Seals one ledger's export into a fresh folder (or `dir`). */
export async function sealLedger(
  ledger: Ledger,
  device: Device,
  options: Partial<SealOptions> & { seq?: number; content?: BundleContent } = {},
): Promise<SealedBundle> {
  const content = options.content ?? ledgerContent(ledger, options.seq ?? 1);
  return sealBundle(content, { dir: options.dir ?? tempDir('kaunter-ict-'), device, ...options });
}
