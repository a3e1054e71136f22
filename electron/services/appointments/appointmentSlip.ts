import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AppointmentView } from '@shared/appointmentViews';
import { AppError, ref } from '@shared/errors';
import type { PrintResultView } from '@shared/receiptViews';
import { getAppointment } from './appointments';
import { appendAudit, userActor } from '../ledger/audit';
import { sql } from '../db/statements';
import { appointmentSlipDoc } from '../documents/appointmentSlipDoc';
import { renderPdf } from '../documents/render';
import type { Ledger } from '../ledger/ledger';
import { send, type Printing } from '../printing/print';
import { dataDirOf, receiptHeader, sha256, writeFileDurably } from '../documents/store';
import { readReceiptSettings } from '../receipts/receiptSettings';

export const SLIP_KIND = 'SLIP_JANJI_TEMU';

/**
 * The appointment's slip: rendered once, saved in the data folder and registered in `documents` with
 * its SHA-256 (kind SLIP_JANJI_TEMU, reference = the appointment's). A second call returns the same file.
 */
export async function issueAppointmentSlip(
  ledger: Ledger,
  actorId: number,
  appointmentId: number,
): Promise<{ appointment: AppointmentView; file: string }> {
  const dataDir = dataDirOf(ledger);
  const appointment = getAppointment(ledger, appointmentId);
  const existing = sql(
    ledger.db,
    'SELECT pdf_file AS f FROM documents WHERE kind = ? AND reference = ? ORDER BY id LIMIT 1',
  ).get(SLIP_KIND, appointment.reference) as { f: string } | undefined;
  if (existing) return { appointment, file: join(dataDir, existing.f) };
  const paper = readReceiptSettings(ledger).receiptPaper;
  const bytes = await renderPdf(appointmentSlipDoc(appointment, receiptHeader(ledger), { paper }));
  const file = join(dataDir, 'dokumen', 'janji-temu', appointment.date.slice(0, 4), `${appointment.reference}.pdf`);
  writeFileDurably(file, bytes);
  const hash = sha256(bytes);
  const stored = relative(dataDir, file).split('\\').join('/');
  ledger.db.transaction(() => {
    if (
      sql(ledger.db, 'SELECT 1 FROM documents WHERE kind = ? AND reference = ?').get(SLIP_KIND, appointment.reference)
    )
      return;
    const at = ledger.clock().toISOString();
    const outage = sql(ledger.db, 'SELECT outage_id AS o FROM appointments WHERE id = ?').get(appointmentId) as {
      o: number;
    };
    const { lastInsertRowid } = sql(
      ledger.db,
      `INSERT INTO documents (kind, reference, issued_at, issued_by, outage_id, data, pdf_file, pdf_sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      SLIP_KIND,
      appointment.reference,
      at,
      actorId,
      outage.o,
      JSON.stringify({ appointmentId, date: appointment.date, paper }),
      stored,
      hash,
    );
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'document.issue',
      entity: 'document',
      entityId: Number(lastInsertRowid),
      data: { kind: SLIP_KIND, reference: appointment.reference, file: stored, sha256: hash },
    });
  })();
  return { appointment: getAppointment(ledger, appointmentId), file };
}

/** Saves (and, when asked, prints on the receipt printer) the appointment's slip. */
export async function printAppointmentSlip(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  appointmentId: number,
  toPrinter: boolean,
): Promise<PrintResultView> {
  const { appointment, file } = await issueAppointmentSlip(ledger, actorId, appointmentId);
  if (sha256(readFileSync(file)) !== appointment.slipSha256) {
    throw new AppError('STORAGE', 'PDF slip janji temu {reference} telah berubah. Hubungi ICT.', {
      reference: appointment.reference,
    });
  }
  if (!toPrinter) return { pdfFile: file, copy: false, printed: false, printerName: null };
  const paper = readReceiptSettings(ledger).receiptPaper;
  const { printer } = await send(
    printing,
    'receipt',
    file,
    { paper, copies: 1 },
    ref('Slip janji temu {reference}', { reference: appointment.reference }),
  );
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'appointment.print',
      entity: 'appointment',
      entityId: appointmentId,
      data: { reference: appointment.reference, printer },
    });
  })();
  return { pdfFile: file, copy: false, printed: true, printerName: printer };
}
