import { actorId, domainRoutes } from '../../routing/routes';
import type { Db } from '../db/open';
import type { CourtFolderStore } from '../courtFolder/settings';
import type { Ledger } from '../ledger/ledger';
import type { Printing } from '../printing/print';
import { printCauseBook } from './causeBookPrint';
import { courtDocumentsForCase, issueCourtForm, printCourtDocument } from './courtDocuments';

export interface DocumentPorts {
  printing: Printing;
  /** The whole court's cause book reads the other counters from the replica, when a court folder is set. */
  courtFolder: CourtFolderStore;
  courtReplica: () => Db;
}

/** The court's forms issued for a case, and the cause book. */
export function documentRoutes(ledger: Ledger, ports: DocumentPorts) {
  return domainRoutes({
    'courtDocuments.forCase': (input) => courtDocumentsForCase(ledger, input.caseId),
    'courtDocuments.issue': (input, ctx) => issueCourtForm(ledger, ports.printing, actorId(ctx), input),
    'courtDocuments.print': (input, ctx) =>
      printCourtDocument(ledger, ports.printing, actorId(ctx), input.documentId, input.toPrinter),
    'causeBook.print': (input, ctx) =>
      printCauseBook(
        ledger,
        ports.printing,
        { folder: () => ports.courtFolder.get(), replica: ports.courtReplica },
        actorId(ctx),
        input,
      ),
  });
}
