import type { Clock } from './clock';
import type { Db } from './db/open';

/** What every service function takes first: the database and the clock. */
export interface Ledger {
  db: Db;
  clock: Clock;
  /** scrypt cost as log2(N); lower only in tests. */
  pinCost: number;
}
