import type { Migration } from './index';

/**
 * The answer of each clerk request, so a retry after a lost answer gets the first result and records
 * nothing again (electron/ipc/requests.ts). The row is made by the request's first audit event, in the
 * action's own transaction (`first_seq`): its commit proves the request was done. `answer_json` is filled
 * in when the answer is known; until then (or when the process died first) the answer is made again
 * from the records. Not a record of the court: nothing here is audited, and rows go after a while.
 */
export const m012RequestAnswers: Migration = {
  name: '012-request-answers',
  up(db) {
    db.exec(`
      CREATE TABLE request_answers (
        request_id TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        actor TEXT NOT NULL,
        -- SHA-256 of the input without its PINs and passphrases: a retry must be the same request.
        input_hash TEXT NOT NULL,
        first_seq INTEGER,
        at TEXT NOT NULL,
        answer_json TEXT
      );
    `);
  },
};
