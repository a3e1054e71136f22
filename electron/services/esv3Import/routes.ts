import { actorId, domainRoutes } from '../../routing/routes';
import type { Ledger } from '../ledger/ledger';
import { causeBookImportViews } from './causeBookPlan';
import { applyHeldCauseBook, applyHeldNumbers, previewHeldCauseBook, previewHeldNumbers } from './heldImports';
import { pendingImports } from './pending';
import { searchReferenceCases } from './referenceSearch';

/** Imports from ESV3 (last numbers, cause book): the file is held here between preview and apply. */
export function esv3ImportRoutes(ledger: Ledger) {
  const pending = pendingImports();
  return domainRoutes({
    'esv3Import.numbersPreview': (input) => previewHeldNumbers(ledger, pending, input),
    'esv3Import.numbersApply': (input, ctx) => applyHeldNumbers(ledger, pending, actorId(ctx), input),
    'esv3Import.causeBookPreview': (input) => previewHeldCauseBook(ledger, pending, input),
    'esv3Import.causeBookApply': (input, ctx) => applyHeldCauseBook(ledger, pending, actorId(ctx), input),
    'esv3Import.causeBookHistory': () => causeBookImportViews(ledger),
    'esv3Import.referenceSearch': (input) => searchReferenceCases(ledger, input.query),
  });
}
