import type { DeviceKeyVault } from '../bundle/deviceKey';
import { readDeviceKey } from '../bundle/deviceKey';
import type { Ledger } from '../ledger/ledger';
import { headSignerFrom, ledgerHead, writeHeadAnchor, type HeadSigner } from './headAnchor';

export interface HeadKeeper {
  /** After a write: the head file follows within `delayMs`, off the clerk's action. */
  touched(): void;
  /** Now (after a restore, say, or when the app closes). */
  writeNow(): void;
  close(): void;
}

/** How long after a write the head file follows: one file write for a burst of clerk actions. */
export const HEAD_DELAY_MS = 2_000;

/**
 * Keeps `kaunter.head` beside a writable ledger: written at open (the head the start-up check has just
 * verified), after writes (debounced, after the commit, so the clerk's action never waits for it) and
 * at close. Signed with the device key once the counter has one; a failure to write is logged, never
 * thrown at the clerk.
 */
export async function keepHead(
  ledger: Ledger,
  vault: DeviceKeyVault,
  log: (message: string, detail?: unknown) => void,
  delayMs = HEAD_DELAY_MS,
): Promise<HeadKeeper> {
  const dir = ledger.dataDir;
  if (dir === null || ledger.readOnlyReason !== undefined) {
    return { touched: () => undefined, writeNow: () => undefined, close: () => undefined };
  }
  let signer: HeadSigner | null = null;
  let written: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const loadSigner = async () => {
    const recorded = readDeviceKey(ledger);
    if (!recorded) return;
    const armored = await vault.load();
    if (armored === null) return;
    const loaded = await headSignerFrom(armored);
    if (loaded?.fingerprint === recorded.fingerprint) signer = loaded;
  };
  const writeNow = () => {
    if (closed || !ledger.db.open) return;
    try {
      const head = ledgerHead(ledger.db);
      const key = head ? `${head.seq}:${head.hash}:${signer ? 1 : 0}` : null;
      if (key === null || key === written) return;
      writeHeadAnchor(dir, ledger.db, signer, ledger.clock().toISOString());
      written = key;
    } catch (error) {
      log('the audit chain head file could not be written', (error as Error).message);
    }
  };
  const fire = () => {
    timer = null;
    // A device key made since the last write (the first export) signs from now on.
    const ready = signer === null ? loadSigner().catch(() => undefined) : Promise.resolve();
    // writeNow catches and logs its own failures; `ready` never rejects.
    ready.then(writeNow, () => undefined);
  };
  await loadSigner().catch((error: unknown) =>
    log('the device key could not be loaded to sign the head file', (error as Error).message),
  );
  writeNow();
  return {
    touched: () => {
      if (timer !== null || closed) return;
      timer = setTimeout(fire, delayMs);
      timer.unref();
    },
    writeNow,
    close: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      writeNow();
      closed = true;
    },
  };
}
