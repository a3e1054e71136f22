import type { RecordEsv3Result } from '@shared/recoveryViews';
import type { RecordEsv3 } from '@shared/schemas/recovery';
import { withDocument } from '../documents/afterRecord';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { issueNumberNotice } from './notice';
import { recordEsv3 } from './record';
import { recoveryItem } from './worklist';

/**
 * Rekod dalam ESV3: the case's ESV3 number recorded and, when the number changed, the notice to the parties
 * issued with it (printing it is the clerk's next step). The record stands whatever happens to the notice.
 */
export async function recordEsv3WithNotice(
  ledger: Ledger,
  actorId: number,
  input: RecordEsv3,
  log: ErrorLog,
): Promise<RecordEsv3Result> {
  const result = recordEsv3(ledger, actorId, input);
  if (!result.item.numberChanged) return result;
  return withDocument(
    result,
    async (recorded) => {
      await issueNumberNotice(ledger, actorId, input.caseId);
      return { ...recorded, item: recoveryItem(ledger, input.caseId) ?? recorded.item };
    },
    { log, failed: `case ${result.item.caseNumber}: number notice not saved` },
  );
}
