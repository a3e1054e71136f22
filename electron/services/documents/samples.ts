/**
 * Writes the sample documents to a folder, to look at them (`pdftoppm -png -r 80 file.pdf out`):
 *   npx tsx electron/services/documents/samples.ts OUT_DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appointmentListDoc } from './appointmentListDoc';
import { dayCloseDoc } from './dayCloseDoc';
import { receiptDoc } from './receiptDoc';
import { renderPdf } from './render';
import { numberNoticeDoc } from './numberNoticeDoc';
import { courtFormDoc } from './courtFormDoc';
import {
  sampleAppointmentList,
  sampleCancelled,
  sampleCourtForm,
  sampleLongReceipt,
  sampleDayClose,
  sampleHeader,
  sampleNumberNotice,
  sampleReceipt,
  sampleRounded,
} from './sampleData';

export async function writeSamples(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const cash = sampleReceipt();
  const cheque = sampleReceipt({
    receiptNumber: '10003-K1-2026-000124',
    method: 'CHEQUE',
    chequeBank: 'Maybank',
    methodReference: '004513',
    tenderedSen: null,
    changeSen: null,
    replacesReceiptNumber: '10003-K1-2026-000123',
    igfmasRef: 'IG-2026-88120',
  });
  const documents = {
    'resit-a5': receiptDoc(cash, sampleHeader, { paper: 'A5', copy: false }),
    'resit-a5-salinan': receiptDoc(cheque, sampleHeader, { paper: 'A5', copy: true }),
    'resit-a5-batal': receiptDoc(sampleCancelled(), sampleHeader, { paper: 'A5', copy: false }),
    'resit-a5-bundaran': receiptDoc(sampleRounded(), sampleHeader, { paper: 'A5', copy: false }),
    'resit-80mm-bundaran': receiptDoc(sampleRounded(), sampleHeader, { paper: 'ROLL_80MM', copy: false }),
    'resit-80mm': receiptDoc(cash, sampleHeader, { paper: 'ROLL_80MM', copy: false }),
    'resit-80mm-salinan': receiptDoc(cheque, sampleHeader, { paper: 'ROLL_80MM', copy: true }),
    'resit-80mm-batal': receiptDoc(sampleCancelled(), sampleHeader, { paper: 'ROLL_80MM', copy: true }),
    'penyata-harian': dayCloseDoc(sampleDayClose(25), sampleHeader),
    'notis-pertukaran-nombor': numberNoticeDoc(sampleNumberNotice, sampleHeader, false),
    'senarai-janji-temu': appointmentListDoc(sampleAppointmentList),
    'resit-a5-panjang': receiptDoc(sampleLongReceipt(), sampleHeader, { paper: 'A5', copy: false }),
    saman: courtFormDoc(sampleCourtForm),
    'penyata-harian-draf': dayCloseDoc({ ...sampleDayClose(6), closed: false, cashCountedSen: null }, sampleHeader),
  };
  const written: string[] = [];
  for (const [name, def] of Object.entries(documents)) {
    const file = path.join(outDir, `${name}.pdf`);
    writeFileSync(file, await renderPdf(def));
    written.push(file);
  }
  return written;
}

const entry = process.argv[1];
if (entry && path.resolve(entry) === path.resolve(new URL(import.meta.url).pathname)) {
  const outDir = process.argv[2] ?? 'samples-out';
  writeSamples(outDir).then(
    (files) => console.log(files.join('\n')),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
