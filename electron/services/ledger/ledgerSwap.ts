import type { Ledger } from './ledger';
import { openCheckedLedger } from './ledgerFile';
import { asLedgerUse, otherUsesEnded, parkedUntil } from './ledgerUses';
import { AppError } from '@shared/errors';

/*
 * Replacing the running ledger's database (a backup restore, a court-folder restore) closes it, swaps the
 * file under the restore's journal and opens the folder again with the start-up check. In between there is
 * no database: a request let through then would fail with a storage error, or read the old file half
 * swapped. So while a swap runs, the dispatcher holds every new request, read or write, at `swapHeld` and
 * lets it run on the re-opened ledger afterwards. Work already running on the ledger (requests, an export,
 * a backup, a court folder round: ledgerUses.ts) ends on the old database before it is closed; the swap
 * waits for it, up to SWAP_WAIT_MS, and is refused with nothing changed when it is still at work then.
 */

/** How long a swap waits for work already running on the ledger (a backup of a large ledger: seconds). */
export const SWAP_WAIT_MS = 60_000;

const swaps = new WeakMap<Ledger, Promise<void>>();

/** Resolves when the ledger's swap ends; undefined when none runs (the dispatcher then waits for nothing). */
export function swapHeld(ledger: Ledger): Promise<void> | undefined {
  return swaps.get(ledger);
}

/** Whether a swap is under way (or the database closed): background work skips its turn, the next one looks again. */
export function ledgerSwapping(ledger: Ledger): boolean {
  return !ledger.db.open || swaps.has(ledger);
}

function dataDirOf(ledger: Ledger): string {
  if (ledger.dataDir === null) throw new AppError('CONFLICT', 'Pangkalan data ini tidak mempunyai folder data.');
  return ledger.dataDir;
}

/** What the dispatcher asks of the ledger around each request (electron/ipc/dispatcher.ts, RequestGate). */
export function ledgerGate(ledger: Ledger) {
  return {
    held: () => swapHeld(ledger),
    run: <T>(work: () => Promise<T>) => asLedgerUse(ledger, work),
  };
}

/**
 * Waits for the work already running on the ledger to end (new requests held meanwhile), closes the
 * ledger, runs `replace` on its data folder, and re-opens the folder (start-up check and all) into the same
 * Ledger object whatever `replace` did or threw. A second swap asked for while one runs waits its turn.
 */
export async function swapLedger<T>(
  ledger: Ledger,
  replace: (dataDir: string) => T | Promise<T>,
  options: { waitMs?: number } = {},
): Promise<T> {
  const dataDir = dataDirOf(ledger);
  for (let running = swaps.get(ledger); running !== undefined; running = swaps.get(ledger)) await parkedUntil(running);
  let release = (): void => undefined;
  swaps.set(
    ledger,
    new Promise<void>((resolve) => {
      release = resolve;
    }),
  );
  try {
    if (!(await otherUsesEnded(ledger, options.waitMs ?? SWAP_WAIT_MS))) {
      throw new AppError(
        'CONFLICT',
        'Kerja lain masih berjalan pada pangkalan data (sandaran, eksport, cetakan atau penyegerakan folder mahkamah). Pemulihan tidak dimulakan dan tiada apa-apa berubah; cuba lagi apabila kerja itu selesai.',
      );
    }
    if (ledger.db.open) ledger.db.close();
    try {
      return await replace(dataDir);
    } finally {
      const reopened = await openCheckedLedger(dataDir, { clock: ledger.clock, pinCost: ledger.pinCost });
      ledger.db = reopened.ledger.db;
      ledger.readOnlyReason = reopened.ledger.readOnlyReason;
    }
  } finally {
    swaps.delete(ledger);
    // Held requests run on the next turn, once the swapping request has done what follows its swap in
    // the same turn (a restore signs everyone out and writes the head file): none runs as a session the
    // restore ended.
    setImmediate(release);
  }
}
