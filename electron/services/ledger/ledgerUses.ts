import { AsyncLocalStorage } from 'node:async_hooks';
import type { Ledger } from './ledger';

/*
 * Work that reads or writes the ledger across awaits runs as one use of it: a clerk's request (printing,
 * the backup it asked for), an export left running after its request answered, a scheduled backup, a court
 * folder round. A swap of the ledger's database (ledgerSwap.ts) waits until every use but its own has
 * ended before it closes the database. Without that, a use would go on after the swap on the database put
 * in its place, with what it read from the old one: a segment of events the restored ledger no longer has
 * recorded as published, an export's snapshot length past the restored head, a print noted against a
 * receipt the restore took back.
 */

interface Use {
  /** The use this one was started inside (a request that left its export running); its own swap waits for neither. */
  parent: Use | undefined;
  /** How many waits on other work it is in (parkedUntil): a parked use does nothing to the ledger meanwhile. */
  parked: number;
  ended: Promise<void>;
}

const uses = new WeakMap<Ledger, Set<Use>>();
const currentUse = new AsyncLocalStorage<Use>();

/** Runs `work` (and everything it awaits) as one use of `ledger`. */
export async function asLedgerUse<T>(ledger: Ledger, work: () => Promise<T>): Promise<T> {
  let end = (): void => undefined;
  const use: Use = {
    parent: currentUse.getStore(),
    parked: 0,
    ended: new Promise<void>((resolve) => {
      end = resolve;
    }),
  };
  let running = uses.get(ledger);
  if (running === undefined) uses.set(ledger, (running = new Set()));
  running.add(use);
  try {
    return await currentUse.run(use, work);
  } finally {
    running.delete(use);
    end();
  }
}

/**
 * Awaits `promise` as a wait on other work, not as work on the ledger: a swap does not wait for the calling
 * use meanwhile. For a retry waiting for its first attempt (which may be the swapping request) and a swap
 * waiting for its turn behind another: either would otherwise wait for the swap that waits for it.
 */
export async function parkedUntil<T>(promise: Promise<T>): Promise<T> {
  const use = currentUse.getStore();
  if (use !== undefined) use.parked++;
  try {
    return await promise;
  } finally {
    if (use !== undefined) use.parked--;
  }
}

/** How often the wait for other uses looks again (a use may park without ending). */
const LOOK_AGAIN_MS = 20;

/**
 * Resolves true once every use of `ledger` other than the caller's own (and those it was started inside)
 * has ended or is parked; false when some are still at work after `timeoutMs`.
 */
export async function otherUsesEnded(ledger: Ledger, timeoutMs: number): Promise<boolean> {
  const own = new Set<Use>();
  for (let use = currentUse.getStore(); use !== undefined; use = use.parent) own.add(use);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const busy = [...(uses.get(ledger) ?? [])].filter((use) => !own.has(use) && use.parked === 0);
    if (busy.length === 0) return true;
    const left = deadline - Date.now();
    if (left <= 0) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(busy.map((use) => use.ended)),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, Math.min(left, LOOK_AGAIN_MS));
      }),
    ]);
    clearTimeout(timer);
  }
}
