/** The cause book, this counter's or the whole court's, as a saved A4 PDF; printing it is audited. */
import { join } from 'node:path';
import { AppError, ref } from '@shared/errors';
import type { PrintResultView } from '@shared/receiptViews';
import type { CauseBookScope } from '@shared/schemas/courtCalendar';
import type { Db } from '../db/open';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';
import { send, type Printing } from '../printing/print';
import { causeBookData, periodRange, type CauseBookPeriod } from './causeBook';
import { causeBookDoc, type CauseBookData } from './causeBookDoc';
import { courtCauseBookData, type CourtCauseBook } from './courtCauseBook';
import { renderPdf } from './render';
import { dataDirOf, sha256, writeFileDurably } from './store';

export interface CauseBookCourt {
  /** The court folder this PC shares through, or null when none is set. */
  folder(): string | null;
  replica(): Db;
}

export interface CauseBookRequest {
  period: CauseBookPeriod;
  date: string;
  scope: CauseBookScope;
  toPrinter: boolean;
}

function bookFor(
  ledger: Ledger,
  court: CauseBookCourt,
  input: CauseBookRequest,
): {
  data: CauseBookData;
  counters: CourtCauseBook['counters'] | null;
} {
  if (input.scope === 'COUNTER') return { data: causeBookData(ledger, input.period, input.date), counters: null };
  if (court.folder() === null) {
    throw new AppError(
      'VALIDATION',
      'Folder mahkamah belum ditetapkan di kaunter ini, jadi buku kausa seluruh mahkamah tidak dapat disediakan. Cetak buku kausa kaunter ini sahaja, atau minta Penolong Pendaftar menetapkan folder mahkamah dalam Tetapan.',
    );
  }
  return courtCauseBookData(ledger, court.replica(), input.period, input.date);
}

export async function printCauseBook(
  ledger: Ledger,
  printing: Printing,
  court: CauseBookCourt,
  actorId: number,
  input: CauseBookRequest,
): Promise<PrintResultView> {
  const dataDir = dataDirOf(ledger);
  const { from, to } = periodRange(input.period, input.date);
  const book = bookFor(ledger, court, input);
  const bytes = await renderPdf(causeBookDoc(book.data));
  const suffix = input.scope === 'COURT' ? '-mahkamah' : '';
  const file = join(dataDir, 'dokumen', 'buku-kausa', `${from}_${to}${suffix}-${Date.now()}.pdf`);
  writeFileDurably(file, bytes);
  if (!input.toPrinter) return { pdfFile: file, copy: false, printed: false, printerName: null };
  // The whole court's book records which counters it held, up to which event, and how many problems.
  const scope = book.counters ? { scope: input.scope, counters: book.counters } : {};
  const { printer, jobId } = await send(
    printing,
    'courtDocument',
    file,
    { paper: 'A4', copies: 1 },
    ref('Buku kausa'),
    {
      ledger,
      actorId,
      action: 'causeBook.printFailed',
      entity: 'causeBook',
      entityId: `${from}/${to}`,
      data: { period: input.period, from, to, sha256: sha256(bytes), ...scope },
    },
  );
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'causeBook.print',
      entity: 'causeBook',
      entityId: `${from}/${to}`,
      data: { period: input.period, from, to, printer, sha256: sha256(bytes), jobId, ...scope },
    });
  })();
  return { pdfFile: file, copy: false, printed: true, printerName: printer };
}
