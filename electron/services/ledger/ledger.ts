import type { Clock } from './clock';
import type { Db } from '../db/open';
import { type InBothLanguages } from '@shared/views';

/** What every service function takes first: the database and the clock. */
export interface Ledger {
  db: Db;
  clock: Clock;
  /** The data folder (documents are saved under it); null for an in-memory ledger in tests. */
  dataDir: string | null;
  /** scrypt cost as log2(N); lower only in tests. */
  pinCost: number;
  /** Set when the start-up check failed and the database was opened read-only: why, in Malay. */
  readOnlyReason?: InBothLanguages;
}
