import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { partyRoleLabel, type PartySide, type Proceeding } from '@shared/domain';
import { AppError, ref } from '@shared/errors';
import type { PrintResultView } from '@shared/receiptViews';
import { actionCount, appendAudit, userActor } from '../ledger/audit';
import { partiesLine } from '../cases/cases';
import { sql } from '../db/statements';
import { numberNoticeDoc, type NumberNoticeData } from '../documents/numberNoticeDoc';
import { renderPdf } from '../documents/render';
import type { Ledger } from '../ledger/ledger';
import { send, type Printing } from '../printing/print';
import { dataDirOf, receiptHeader, sha256, writeFileDurably } from '../documents/store';
import { NOTICE_KIND } from './worklist';
import { hijriCalendar } from '../calendar/courtCalendar';
import { courtDate } from '@shared/time';

export interface NoticeDocument {
  id: number;
  reference: string;
  pdfFile: string;
  pdfSha256: string;
  data: NumberNoticeData;
}

interface DocumentRow {
  id: number;
  reference: string;
  pdf_file: string;
  pdf_sha256: string;
  data: string;
}

function findNotice(ledger: Ledger, caseId: number, newNumber: string): NoticeDocument | null {
  const row = sql(
    ledger.db,
    "SELECT id, reference, pdf_file, pdf_sha256, data FROM documents WHERE kind = ? AND case_id = ? AND reference = ? AND status = 'ISSUED' ORDER BY id LIMIT 1",
  ).get(NOTICE_KIND, caseId, newNumber) as DocumentRow | undefined;
  if (!row) return null;
  return {
    id: row.id,
    reference: row.reference,
    pdfFile: row.pdf_file,
    pdfSha256: row.pdf_sha256,
    data: JSON.parse(row.data) as NumberNoticeData,
  };
}

/** What the notice says, from the case as recorded: its old and ESV3 numbers and every party. */
function noticeData(ledger: Ledger, caseId: number, issuedAt: string): NumberNoticeData {
  const row = sql(
    ledger.db,
    'SELECT case_number, esv3_case_number, esv3_done_at, case_type_code, case_type_name, proceeding FROM cases WHERE id = ?',
  ).get(caseId) as
    | {
        case_number: string;
        esv3_case_number: string | null;
        esv3_done_at: string | null;
        case_type_code: string;
        case_type_name: string;
        proceeding: Proceeding;
      }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Kes tidak dijumpai.');
  if (row.esv3_case_number === null || row.esv3_done_at === null) {
    throw new AppError('CONFLICT', 'Nombor kes ESV3 bagi kes {caseNumber} belum dimasukkan.', {
      caseNumber: row.case_number,
    });
  }
  if (row.esv3_case_number === row.case_number) {
    throw new AppError(
      'CONFLICT',
      'Nombor kes {caseNumber} tidak berubah dalam ESV3: tiada notis pertukaran nombor diperlukan.',
      { caseNumber: row.case_number },
    );
  }
  const calendar = hijriCalendar(ledger);
  const parties = sql(ledger.db, 'SELECT side, name, address FROM parties WHERE case_id = ? ORDER BY position').all(
    caseId,
  ) as { side: PartySide; name: string; address: string | null }[];
  return {
    oldCaseNumber: row.case_number,
    newCaseNumber: row.esv3_case_number,
    caseTypeCode: row.case_type_code,
    caseTypeName: row.case_type_name,
    partiesLine: partiesLine(parties),
    issuedAt,
    reference: row.esv3_case_number,
    issuedOnHijri: calendar.format(calendar.toHijri(courtDate(new Date(issuedAt)))),
    parties: parties.map((p) => ({
      name: p.name,
      roleLabel: partyRoleLabel(p.side, row.proceeding),
      address: p.address,
    })),
  };
}

function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9-]/g, '_');
}

/**
 * The notice for the case's current ESV3 number: made once (one page per party), saved in the data
 * folder, its SHA-256 registered in the documents with an audit event. Asked again, the same document.
 */
export async function issueNumberNotice(ledger: Ledger, actorId: number, caseId: number): Promise<NoticeDocument> {
  const at = ledger.clock().toISOString();
  const data = noticeData(ledger, caseId, at);
  const existing = findNotice(ledger, caseId, data.newCaseNumber);
  if (existing) return existing;
  const dataDir = dataDirOf(ledger);
  const bytes = await renderPdf(numberNoticeDoc(data, receiptHeader(ledger), false));
  const file = join(dataDir, 'dokumen', 'notis', `${fileSafe(data.oldCaseNumber)}-${fileSafe(data.newCaseNumber)}.pdf`);
  writeFileDurably(file, bytes);
  const hash = sha256(bytes);
  const stored = relative(dataDir, file).split('\\').join('/');
  return ledger.db.transaction(() => {
    const raced = findNotice(ledger, caseId, data.newCaseNumber);
    if (raced) return raced;
    const outage = sql(ledger.db, 'SELECT outage_id AS o FROM cases WHERE id = ?').get(caseId) as { o: number };
    const { lastInsertRowid } = sql(
      ledger.db,
      `INSERT INTO documents (kind, reference, case_id, case_number, issued_at, issued_by, outage_id, copies, data, pdf_file, pdf_sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      NOTICE_KIND,
      data.newCaseNumber,
      caseId,
      data.oldCaseNumber,
      at,
      actorId,
      outage.o,
      Math.max(1, data.parties.length),
      JSON.stringify(data),
      stored,
      hash,
    );
    const id = Number(lastInsertRowid);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'recovery.notice',
      entity: 'case',
      entityId: caseId,
      data: {
        documentId: id,
        kind: NOTICE_KIND,
        oldCaseNumber: data.oldCaseNumber,
        newCaseNumber: data.newCaseNumber,
        parties: data.parties.map((p) => p.name),
        file: stored,
        sha256: hash,
      },
    });
    return { id, reference: data.newCaseNumber, pdfFile: stored, pdfSha256: hash, data };
  })();
}

/**
 * Prints (or only saves) the notice: the first print is the registered original, checked against its
 * SHA-256; every later one is a fresh copy stamped SALINAN.
 */
export async function printNumberNotice(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  caseId: number,
  toPrinter: boolean,
): Promise<PrintResultView> {
  const dataDir = dataDirOf(ledger);
  const notice = await issueNumberNotice(ledger, actorId, caseId);
  const copy = actionCount(ledger.db, 'document', notice.id, 'document.print') > 0;
  let file: string;
  if (copy) {
    const bytes = await renderPdf(numberNoticeDoc(notice.data, receiptHeader(ledger), true));
    file = join(dataDir, 'dokumen', 'salinan', `notis-${fileSafe(notice.reference)}-${Date.now()}.pdf`);
    writeFileDurably(file, bytes);
  } else {
    file = join(dataDir, notice.pdfFile);
    if (!existsSync(file) || sha256(readFileSync(file)) !== notice.pdfSha256) {
      const bytes = await renderPdf(numberNoticeDoc(notice.data, receiptHeader(ledger), false));
      if (sha256(bytes) !== notice.pdfSha256) {
        throw new AppError(
          'STORAGE',
          'PDF asal notis bagi kes {newCaseNumber} telah berubah dan tidak dapat dibina semula. Hubungi ICT.',
          { newCaseNumber: notice.data.newCaseNumber },
        );
      }
      writeFileDurably(file, bytes);
    }
  }
  if (!toPrinter) return { pdfFile: file, copy, printed: false, printerName: null };
  const copies = Math.max(1, notice.data.parties.length);
  const fileSha = sha256(readFileSync(file));
  const { printer, jobId } = await send(
    printing,
    'statement',
    file,
    { paper: 'A4', copies: 1 },
    ref('Notis pertukaran nombor kes {caseNumber} ({copies} pihak)', { caseNumber: notice.data.newCaseNumber, copies }),
    {
      ledger,
      actorId,
      action: 'document.printFailed',
      entity: 'document',
      entityId: notice.id,
      data: { kind: NOTICE_KIND, reference: notice.reference, caseId, copy, sha256: fileSha },
    },
  );
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'document.print',
      entity: 'document',
      entityId: notice.id,
      data: {
        kind: NOTICE_KIND,
        reference: notice.reference,
        caseId,
        printer,
        copy,
        sha256: fileSha,
        jobId,
      },
    });
  })();
  return { pdfFile: file, copy, printed: true, printerName: printer };
}
