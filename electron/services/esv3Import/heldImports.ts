import type { z } from 'zod';
import type * as Esv3Import from '@shared/esv3ImportViews';
import type {
  causeBookApplySchema,
  causeBookPreviewSchema,
  importApplySchema,
  numbersPreviewSchema,
} from '@shared/schemas/esv3Import';
import type { Ledger } from '../ledger/ledger';
import { applyCauseBookImport, previewCauseBookImport } from './causeBookImport';
import { applyNumbersImport, previewNumbersImport } from './numbersImport';
import { bytesOf, type PendingImports } from './pending';

/*
 * The screen's imports from ESV3: the file is held in `pending` between its preview and its apply, so the
 * supervisor applies the very bytes they saw previewed; an applied file is let go.
 */

export function previewHeldNumbers(
  ledger: Ledger,
  pending: PendingImports,
  input: z.output<typeof numbersPreviewSchema>,
): Promise<Esv3Import.NumbersImportPreview> {
  return previewNumbersImport(ledger, pending.hold('numbers', input.file.fileName, bytesOf(input.file)));
}

export async function applyHeldNumbers(
  ledger: Ledger,
  pending: PendingImports,
  actorId: number,
  input: z.output<typeof importApplySchema>,
): Promise<Esv3Import.NumbersImportResult> {
  const result = await applyNumbersImport(ledger, actorId, pending.get(input.importId, 'numbers'), input.digest);
  pending.drop(input.importId);
  return result;
}

export function previewHeldCauseBook(
  ledger: Ledger,
  pending: PendingImports,
  input: z.output<typeof causeBookPreviewSchema>,
): Promise<Esv3Import.CauseBookPreview> {
  const file = input.file
    ? pending.hold('causeBook', input.file.fileName, bytesOf(input.file))
    : pending.get(input.importId ?? '', 'causeBook');
  return previewCauseBookImport(ledger, file, input.mapping);
}

export async function applyHeldCauseBook(
  ledger: Ledger,
  pending: PendingImports,
  actorId: number,
  input: z.output<typeof causeBookApplySchema>,
): Promise<Esv3Import.CauseBookImportResult> {
  const file = pending.get(input.importId, 'causeBook');
  const result = await applyCauseBookImport(ledger, actorId, file, input.mapping, input.digest);
  pending.drop(input.importId);
  return result;
}
