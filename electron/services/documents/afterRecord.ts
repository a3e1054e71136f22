import type { ErrorLog } from '../ledger/errorLog';

/**
 * A record, then its document: the record is committed first and stands whatever happens to the document
 * (a full disk, a font that fails to load); the document is made again when it is printed. A failure is
 * logged as `failed` and the record is answered as it is, so the screen sees it has no document yet.
 */
export async function withDocument<R>(
  record: R,
  makeDocument: (record: R) => Promise<R>,
  failure: { log: ErrorLog; failed: string },
): Promise<R> {
  try {
    return await makeDocument(record);
  } catch (error) {
    failure.log.error(failure.failed, error);
    return record;
  }
}
