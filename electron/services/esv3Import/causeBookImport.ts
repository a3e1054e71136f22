import { AppError } from '@shared/errors';
import type { CauseBookImportResult, CauseBookPreview } from '@shared/esv3ImportViews';
import type { ColumnMapping } from '@shared/schemas/esv3Import';
import { appendAudit, userActor } from '../ledger/audit';
import { CLI_ACTOR } from './pending';
import { isoNow } from '../ledger/clock';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { causeBookImportViews, planCauseBookImport, type CauseBookPlan } from './causeBookPlan';
import { digestOf, fileFacts, type HeldFile } from './pending';
import { readTable, type ImportTable } from './table';

function countsOf(plan: CauseBookPlan) {
  const count = (kind: string) => plan.rows.filter((r) => r.kind === kind).length;
  return { add: count('ADD'), update: count('UPDATE'), same: count('SAME') };
}

function previewOf(ledger: Ledger, file: HeldFile, table: ImportTable, plan: CauseBookPlan): CauseBookPreview {
  const counts = countsOf(plan);
  const changes = plan.rows.filter((r) => r.kind !== 'SAME');
  return {
    file: fileFacts(file, table, plan.rowsRead),
    headers: plan.headers,
    sample: plan.sample,
    mapping: plan.mapping,
    missing: plan.missing,
    rows: plan.rows.slice(0, 10).map(({ line, caseNumber, registeredOn, caseType, parties, idNumbers, kind }) => ({
      line,
      caseNumber,
      registeredOn,
      caseType,
      parties,
      idNumbers,
      kind,
    })),
    counts,
    problems: plan.problems,
    previous: causeBookImportViews(ledger, 'WHERE i.sha256 = ?', file.sha256)[0] ?? null,
    digest: digestOf({ sha256: file.sha256, mapping: plan.mapping, changes, problems: plan.problems }),
  };
}

export async function previewCauseBookImport(
  ledger: Ledger,
  file: HeldFile,
  mapping?: ColumnMapping,
): Promise<CauseBookPreview> {
  const table = await readTable(file.fileName, file.bytes);
  return previewOf(ledger, file, table, planCauseBookImport(ledger, table, mapping));
}

/**
 * Keeps the cause book's rows as reference data, in one transaction with one audit event: the plan is
 * made again and must match what the supervisor confirmed. Rows already held identically are left alone.
 */
export async function applyCauseBookImport(
  ledger: Ledger,
  /** The supervisor, or null from the command line. */
  actorId: number | null,
  file: HeldFile,
  mapping: ColumnMapping,
  digest: string,
): Promise<CauseBookImportResult> {
  const table = await readTable(file.fileName, file.bytes);
  return ledger.db.transaction(() => {
    const plan = planCauseBookImport(ledger, table, mapping);
    if (plan.missing.length > 0) throw new AppError('VALIDATION', 'Padankan lajur No. kes dan Pihak dahulu.');
    if (previewOf(ledger, file, table, plan).digest !== digest) {
      throw new AppError(
        'CONFLICT',
        'Data telah berubah sejak pratonton dibuat. Semak pratonton semula, kemudian sahkan.',
      );
    }
    const counts = countsOf(plan);
    if (counts.add + counts.update === 0) {
      throw new AppError('CONFLICT', 'Tiada perubahan: setiap kes dalam {fileName} telah pun ada dalam data rujukan.', {
        fileName: file.fileName,
      });
    }
    const at = isoNow(ledger.clock);
    const { lastInsertRowid } = sql(
      ledger.db,
      `INSERT INTO esv3_cause_book_imports (file_name, sha256, imported_at, imported_by, rows_read, rows_added,
                                            rows_updated, rows_refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(file.fileName, file.sha256, at, actorId, plan.rowsRead, counts.add, counts.update, plan.problems.length);
    const importId = Number(lastInsertRowid);
    const upsert = sql(
      ledger.db,
      `INSERT INTO esv3_cause_book (case_number, registered_on, case_type, parties, id_numbers, search_text, import_id)
         VALUES (@caseNumber, @registeredOn, @caseType, @parties, @ids, @search, @importId)
       ON CONFLICT (case_number) DO UPDATE SET registered_on = excluded.registered_on, case_type = excluded.case_type,
         parties = excluded.parties, id_numbers = excluded.id_numbers, search_text = excluded.search_text,
         import_id = excluded.import_id`,
    );
    for (const row of plan.rows) {
      if (row.kind === 'SAME') continue;
      const ids = row.idNumbers.join(' ');
      upsert.run({
        caseNumber: row.caseNumber,
        registeredOn: row.registeredOn,
        caseType: row.caseType,
        parties: row.parties,
        ids,
        search: `${row.caseNumber} ${row.parties} ${ids}`.toUpperCase(),
        importId,
      });
    }
    appendAudit(ledger.db, {
      at,
      actor: actorId === null ? CLI_ACTOR : userActor(actorId),
      action: 'causeBook.import',
      entity: 'esv3CauseBookImport',
      entityId: importId,
      data: {
        fileName: file.fileName,
        sha256: file.sha256,
        format: table.format,
        mapping: plan.mapping,
        rowsRead: plan.rowsRead,
        added: counts.add,
        updated: counts.update,
        unchanged: counts.same,
        refused: plan.problems.length,
      },
    });
    const view = causeBookImportViews(ledger, 'WHERE i.id = ?', String(importId))[0];
    if (!view) throw new AppError('INTERNAL', 'Import tidak dapat dibaca semula.');
    const total = (sql(ledger.db, 'SELECT COUNT(*) AS n FROM esv3_cause_book').get() as { n: number }).n;
    return { import: view, totalReferenceCases: total };
  })();
}
