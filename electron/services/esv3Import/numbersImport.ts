import { AppError } from '@shared/errors';
import type { NumbersImportPreview, NumbersImportResult } from '@shared/esv3ImportViews';
import { appendAudit, userActor } from '../ledger/audit';
import { CLI_ACTOR } from './pending';
import { isoNow } from '../ledger/clock';
import { writeLastNumbers } from '../court/court';
import type { Ledger } from '../ledger/ledger';
import { planNumbersImport, type NumbersPlan } from './lastNumbersPlan';
import { digestOf, fileFacts, type HeldFile } from './pending';
import { readTable, type ImportTable } from './table';

function previewOf(file: HeldFile, table: ImportTable, plan: NumbersPlan): NumbersImportPreview {
  const { shape, changes, problems } = plan;
  return {
    file: fileFacts(file, table, plan.rowsRead),
    shape,
    changes,
    problems,
    digest: digestOf({ sha256: file.sha256, shape, changes, problems }),
  };
}

/** What importing the file would change: computed by the same code the apply runs. */
export async function previewNumbersImport(ledger: Ledger, file: HeldFile): Promise<NumbersImportPreview> {
  const table = await readTable(file.fileName, file.bytes);
  return previewOf(file, table, planNumbersImport(ledger, table, file.fileName));
}

/**
 * Applies the previewed import: the plan is made again inside the transaction and must match the
 * digest the supervisor confirmed. The rows that change are written, with one audit event.
 */
export async function applyNumbersImport(
  ledger: Ledger,
  /** The supervisor, or null from the command line. */
  actorId: number | null,
  file: HeldFile,
  digest: string,
): Promise<NumbersImportResult> {
  const table = await readTable(file.fileName, file.bytes);
  return ledger.db.transaction(() => {
    const plan = planNumbersImport(ledger, table, file.fileName);
    if (previewOf(file, table, plan).digest !== digest) {
      throw new AppError(
        'CONFLICT',
        'Data telah berubah sejak pratonton dibuat. Semak pratonton semula, kemudian sahkan.',
      );
    }
    const applied = plan.changes.filter((c) => c.kind !== 'SAME');
    if (applied.length === 0)
      throw new AppError('CONFLICT', 'Tiada perubahan untuk diimport: semua nombor sudah sama.');
    writeLastNumbers(
      ledger,
      applied.map((c) => ({ caseTypeCode: c.caseTypeCode, year: c.year, lastNumber: c.after })),
    );
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: actorId === null ? CLI_ACTOR : userActor(actorId),
      action: 'lastNumbers.import',
      entity: 'court',
      entityId: 1,
      data: {
        fileName: file.fileName,
        sha256: file.sha256,
        format: table.format,
        shape: plan.shape,
        rowsRead: plan.rowsRead,
        rowsRefused: plan.problems.length,
        changes: applied.map(({ caseTypeCode, year, before, after }) => ({ caseTypeCode, year, before, after })),
      },
    });
    return { fileName: file.fileName, sha256: file.sha256, applied, problems: plan.problems.length };
  })();
}
