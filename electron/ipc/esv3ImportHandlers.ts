import { AppError } from '@shared/errors';
import { applyCauseBookImport, previewCauseBookImport } from '../services/esv3Import/causeBookImport';
import { causeBookImportViews } from '../services/esv3Import/causeBookPlan';
import { applyNumbersImport, previewNumbersImport } from '../services/esv3Import/numbersImport';
import { bytesOf, pendingImports } from '../services/esv3Import/pending';
import { searchReferenceCases } from '../services/esv3Import/referenceSearch';
import type { Ledger } from '../services/ledger/ledger';
import type { HandlerContext, Handlers } from './dispatcher';

type Esv3ImportChannel = Extract<keyof Handlers, `esv3Import.${string}`>;

function actorId(ctx: HandlerContext): number {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Sila log masuk dahulu.');
  return ctx.session.user.id;
}

/** Imports from ESV3 (last numbers, cause book): the file is held here between preview and apply. */
export function esv3ImportHandlers(ledger: Ledger): Pick<Handlers, Esv3ImportChannel> {
  const pending = pendingImports();
  return {
    'esv3Import.numbersPreview': (input) =>
      previewNumbersImport(ledger, pending.hold('numbers', input.file.fileName, bytesOf(input.file))),
    'esv3Import.numbersApply': async (input, ctx) => {
      const result = await applyNumbersImport(
        ledger,
        actorId(ctx),
        pending.get(input.importId, 'numbers'),
        input.digest,
      );
      pending.drop(input.importId);
      return result;
    },
    'esv3Import.causeBookPreview': (input) => {
      const file = input.file
        ? pending.hold('causeBook', input.file.fileName, bytesOf(input.file))
        : pending.get(input.importId ?? '', 'causeBook');
      return previewCauseBookImport(ledger, file, input.mapping);
    },
    'esv3Import.causeBookApply': async (input, ctx) => {
      const file = pending.get(input.importId, 'causeBook');
      const result = await applyCauseBookImport(ledger, actorId(ctx), file, input.mapping, input.digest);
      pending.drop(input.importId);
      return result;
    },
    'esv3Import.causeBookHistory': () => causeBookImportViews(ledger),
    'esv3Import.referenceSearch': (input) => searchReferenceCases(ledger, input.query),
  };
}
