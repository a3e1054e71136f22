import { actorId, domainRoutes } from '../../routing/routes';
import type { Db } from '../db/open';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { answersWithRecords } from '../ledger/requestScope';
import { getCase, registerCase } from './cases';
import { listCaseTypes, saveCaseType } from './caseTypes';
import { filingsForCase, listFilingTypes, saveFilingType } from './filings';
import { recordGivenNumberCase } from './givenNumberCases';
import { nextCaseNumber } from './nextNumber';
import { searchCases } from './search';
import { receiveFilings } from './workflows';

export interface CasePorts {
  log: ErrorLog;
  /** The court folder's replica of the other counters, when the counter has one (the duplicate warning). */
  courtReplica?: () => Db | null;
}

/** Cases, their types, and the documents filed for them. */
export function caseRoutes(ledger: Ledger, ports: CasePorts) {
  return domainRoutes({
    'caseTypes.list': () => listCaseTypes(ledger),
    'caseTypes.save': (input, ctx) => saveCaseType(ledger, actorId(ctx), input),

    'cases.nextNumber': (input) => nextCaseNumber(ledger, input.caseTypeCode),
    // The case's view is the answer, stored in the registration's own transaction.
    'cases.register': (input, ctx) =>
      answersWithRecords(() => registerCase(ledger, actorId(ctx), input, { replica: ports.courtReplica?.() ?? null })),
    'cases.search': (input) => searchCases(ledger, input),
    'cases.get': (input) => getCase(ledger, input.caseId),
    'cases.recordGiven': (input, ctx) => recordGivenNumberCase(ledger, actorId(ctx), input),

    'filingTypes.list': () => listFilingTypes(ledger),
    'filingTypes.save': (input, ctx) => saveFilingType(ledger, actorId(ctx), input),
    'filings.forCase': (input) => filingsForCase(ledger, input.caseId),
    'filings.record': (input, ctx) => receiveFilings(ledger, actorId(ctx), input, ports.log),
  });
}
