import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../app/kaunterApp';
import { openDatabase } from '../services/db/open';
import { checkHeadAnchor, HEAD_FILE, readHeadAnchor } from '../services/integrity/headAnchor';
import { verifyLedger, type VerifySummary } from '../services/ledger/verify';

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

/**
 * `verifyFolder`, then the chain against every head anchored outside the database: `kaunter.head` in the
 * data folder and, when given, in the backup folder. A deleted tail or a re-hashed chain shows here.
 */
export async function verifyFolderAnchored(dataDir: string, backupDir: string | null): Promise<VerifyOutcome> {
  const outcome = verifyFolder(dataDir);
  if (!outcome.found || !outcome.summary.ok) return outcome;
  const db = openDatabase(outcome.file, { readonly: true });
  try {
    const places: [string, string][] = [[dataDir, HEAD_FILE]];
    if (backupDir !== null) places.push([backupDir, join(backupDir, HEAD_FILE)]);
    for (const [dir, where] of places) {
      const problem = await checkHeadAnchor(db, readHeadAnchor(dir), where);
      if (problem) return { ...outcome, summary: { ...outcome.summary, ok: false, problem } };
    }
    return outcome;
  } finally {
    db.close();
  }
}
