import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../services/app';
import { openDatabase } from '../services/db/open';
import { verifyLedger, type VerifySummary } from '../services/verify';

export type VerifyOutcome = { found: false; file: string } | { found: true; file: string; summary: VerifySummary };

/** Opens the folder's database read-only and checks it; never changes anything. */
export function verifyFolder(dataDir: string): VerifyOutcome {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) return { found: false, file };
  const db = openDatabase(file, { readonly: true });
  try {
    return { found: true, file, summary: verifyLedger(db) };
  } finally {
    db.close();
  }
}
