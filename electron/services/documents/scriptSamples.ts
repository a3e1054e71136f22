/**
 * Documents filled with a given name and address, for the tests of every script on paper and for the
 * Jawi Saman in docs/samples/ (the other kinds come from sampleData.ts):
 *   npx tsx electron/services/documents/scriptSamples.ts OUT_DIR   (then pdftoppm -png -r 80)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppointmentView } from '@shared/appointmentViews';
import type { HandoverFigures, SetupSlipFigures } from '@shared/bundleSlips';
import { appointmentSlipDoc } from './appointmentSlipDoc';
import { causeBookDoc } from './causeBookDoc';
import { courtFormDoc, type CourtFormData } from './courtFormDoc';
import { handoverDoc } from './handoverDoc';
import { renderPdf } from './render';
import { sampleHeader } from './sampleData';
import { setupSlipDoc } from './setupSlipDoc';

const FINGERPRINT = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';

export function courtFormWith(name: string, address: string, form: CourtFormData['form'] = 'SAMAN'): CourtFormData {
  return {
    form,
    caseNumber: '10003-024-0769-2026',
    courtLevelName: 'MAHKAMAH RENDAH SYARIAH',
    courtPlace: 'PETALING',
    stateLine: 'NEGERI SELANGOR DARUL EHSAN',
    claimants: [{ name: "Nor'ain binti Abdullah", idLine: 'No. K/P 850101-10-5124', address: null }],
    respondents: [{ name, idLine: 'No. K/P 820202-10-5331', address }],
    hearing: {
      kindLabel: 'Sebutan',
      dayName: 'Isnin',
      day: 14,
      monthYear: 'Disember 2026',
      hijri: '3 Rejab 1448H',
      timeText: '9.00 pagi',
      room: 'Dewan Bicara 1',
    },
    issuedOn: '28 November 2026 bersamaan 17 Jamadilakhir 1448H',
    issuedAt: '2026-11-28T02:15:00.000Z',
    copy: false,
  };
}

export function causeBookWith(name: string, address: string) {
  return causeBookDoc({
    courtName: 'Mahkamah Rendah Syariah Petaling',
    stateName: 'Selangor',
    periodLine: 'Hari: Sabtu, 28 November 2026 bersamaan 17 Jamadilakhir 1448H',
    printedLine: 'Dicetak 28/11/2026 5.00 petang',
    rows: [
      {
        caseNumber: '10003-024-0769-2026',
        registeredAt: '28/11/2026 10:15',
        caseType: '024 Tuntutan Nafkah Anak',
        parties: [`Plaintif: ${name} (No. K/P 850101-10-5124)`, 'Defendan: Kamal bin Yusof'],
        receiptNumbers: ['10003-K1-2026-000123'],
        amountSen: 12050,
        hearing: '14/12/2026 9.00 pagi, Dewan Bicara 1 (Sebutan)',
        remarks: [address],
      },
    ],
    totalSen: 12050,
    generatedAt: '2026-11-28T09:00:00.000Z',
  });
}

export function appointmentWith(name: string, note: string): AppointmentView {
  return {
    id: 1,
    reference: 'JT-K1-2026-0001',
    personName: name,
    idType: 'MYKAD',
    idNumber: '850101-10-5124',
    nationality: null,
    idWarnings: [],
    idOverrideReason: null,
    phone: '012-3456789',
    caseTypeCode: '024',
    caseTypeName: 'Tuntutan Nafkah Anak',
    date: '2026-11-30',
    dayName: 'Isnin',
    session: null,
    sessionStart: '08:30',
    sessionEnd: '16:30',
    sessionEndsAt: '2026-11-30T08:30:00.000Z',
    note,
    bookedAt: '2026-11-28T02:15:00.000Z',
    bookedBy: 'Nur Aisyah binti Kamarudin',
    status: 'BOOKED',
    statusAt: null,
    statusReason: null,
    noShowCorrection: null,
    caseId: null,
    caseNumber: null,
    slipSha256: null,
  };
}

export function handoverWith(name: string) {
  const figures: HandoverFigures = {
    seq: 3,
    baseName: 'kaunter-10003-K1-0003',
    exportedAt: '2026-11-28T09:00:00.000Z',
    exportedBy: name,
    counterId: 'K1',
    pgpName: 'kaunter-10003-K1-0003.pgp',
    pgpSha256: 'ab'.repeat(32),
    pgpBytes: 123456,
    previousSha256: 'cd'.repeat(32),
    deviceKeyFingerprint: FINGERPRINT,
    recipients: [{ fingerprint: FINGERPRINT, userId: 'ICT JKSS <ict@example.gov.my>' }],
    passphrase: false,
    final: false,
    counts: { cases: 3, receipts: 4 },
    totals: { issuedSen: 12050, byMethodSen: { CASH: 12050 }, cancelledSen: 0 },
    ranges: { caseNumbers: [], receiptNumbers: [] },
    audit: { length: 42, head: 'ef'.repeat(32) },
  };
  return handoverDoc(figures, sampleHeader);
}

export function setupSlipWith(name: string) {
  const figures: SetupSlipFigures = {
    courtName: 'Mahkamah Rendah Syariah Petaling',
    courtId: '10003',
    counterId: 'K1',
    deviceKeyFingerprint: FINGERPRINT,
    deviceKeyUserId: 'Kaunter K1 10003',
    deviceKeyCreatedAt: '2026-11-01T01:00:00.000Z',
    ictKeys: [{ fingerprint: FINGERPRINT, userId: name }],
    printedAt: '2026-11-28T02:15:00.000Z',
  };
  return setupSlipDoc(figures, sampleHeader);
}

export const appointmentSlipWith = (name: string, note: string, paper: 'A5' | 'ROLL_80MM' = 'A5') =>
  appointmentSlipDoc(appointmentWith(name, note), sampleHeader, { paper });

/** A Saman addressed to a defendant written in Jawi, the Jawi Saman of docs/samples/. */
export const JAWI_DEFENDANT = 'محمد فيصل بن عبدالرحمن';
export const JAWI_ADDRESS = 'نومبور ١٢، جالن ڤرليس ڠاه ٣، تامن ݢمبيرا، ٧٠٠٠٠ سرمبن، نݢري سمبيلن';

const entry = process.argv[1];
if (entry && path.resolve(entry) === path.resolve(fileURLToPath(import.meta.url))) {
  const outDir = process.argv[2] ?? 'samples-out';
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'saman-jawi.pdf');
  renderPdf(courtFormDoc(courtFormWith(JAWI_DEFENDANT, JAWI_ADDRESS))).then(
    (bytes) => {
      writeFileSync(file, bytes);
      console.log(file);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
