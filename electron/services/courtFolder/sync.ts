import type * as openpgp from 'openpgp';
import type { CrashHook } from '../backup/crashPoint';
import { requireCourtConfig } from '../court/court';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { enrolledKeys } from './enrolment';
import { courtCodeOf } from './layout';
import { ledgerSwapping } from '../ledger/ledgerSwap';
import { asLedgerUse } from '../ledger/ledgerUses';
import { publishForLateReaders } from './forReader';
import { publishSegments, type PublishOutcome } from './publish';
import { closeSegmentOpener } from './openWorker';
import { readCourt, type CounterRead } from './read';

export interface SyncOptions {
  folder: string;
  /** This counter's device key: signs what it publishes, opens what the others published for it. */
  deviceKey: openpgp.PrivateKey;
  replica: Db;
  crash?: CrashHook;
  eventsPerSegment?: number;
}

export interface SyncRound {
  publish: PublishOutcome;
  read: CounterRead[];
}

/** One round per ledger at a time: a second asked for while one runs waits for it, then runs itself. */
const running = new WeakMap<Db, Promise<unknown>>();

function oneAtATime<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const before = running.get(db) ?? Promise.resolve();
  const next = before.then(work, work);
  running.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * One publish + read round, the same code the app's background sync and `kaunter court sync` run: this
 * counter's new events out to its subfolder, then the other counters' new segments into the replica.
 * With the folder unreachable the publish says so and the read finds nothing; the ledger is untouched
 * but for the segments it records as published.
 */
export function syncRound(ledger: Ledger, options: SyncOptions): Promise<SyncRound> {
  return oneAtATime(ledger.db, async () => {
    const publish = await publishSegments(ledger, {
      folder: options.folder,
      signer: options.deviceKey,
      ...(options.crash ? { crash: options.crash } : {}),
      ...(options.eventsPerSegment ? { eventsPerSegment: options.eventsPerSegment } : {}),
    });
    if (!publish.reachable) return { publish, read: [] };
    // A counter enrolled since gets what it cannot open in the main stream; a folder gone mid-way: next round.
    await publishForLateReaders(ledger, options.folder, options.deviceKey).catch(() => []);
    const { court } = requireCourtConfig(ledger);
    const read = await readCourt(options.replica, {
      folder: options.folder,
      court: courtCodeOf(court),
      ownCounter: court.counterId,
      enrolled: enrolledKeys(ledger),
      decryptionKey: options.deviceKey,
      now: ledger.clock,
    });
    return { publish, read };
  });
}

export interface BackgroundSync {
  /** Asks for a round soon (after a commit); rounds asked for while one runs become one more round. */
  kick(): void;
  /** Resolves when no round is running or asked for. */
  idle(): Promise<void>;
  stop(): void;
  /** The replica, while a court folder is set (what the clerk's services read of the other counters). */
  replica?(): Db | null;
}

/** How often a counter looks at its newest audit event and reads the other counters (ms). */
export const SYNC_EVERY_MS = 5000;
/** How long after a commit a round waits, so a burst of commits is one segment (ms). */
export const SYNC_DEBOUNCE_MS = 300;

export interface BackgroundSyncOptions {
  ledger: Ledger;
  /** The court folder from this PC's preferences; null: not set, nothing runs. */
  folder: () => string | null;
  deviceKey: () => Promise<openpgp.PrivateKey>;
  /** The replica, opened the first time a round has a folder to read. */
  replica: () => Db;
  log: { error(message: string, error?: unknown): void };
  /** How often the audit table's newest event is looked at, and the other counters read (ms). */
  everyMs?: number;
  /** How long after a commit the round waits for the next one, so a burst of commits is one segment. */
  debounceMs?: number;
}

/**
 * The publisher off the clerk's path: it looks at the newest audit event every `everyMs` (and when
 * kicked) and runs a round a little after it changes, and reads the others on every tick. Nothing here
 * is inside a clerk's transaction, and a failed round is logged and tried again at the next tick.
 */
export function startBackgroundSync(options: BackgroundSyncOptions): BackgroundSync {
  const everyMs = options.everyMs ?? SYNC_EVERY_MS;
  const debounceMs = options.debounceMs ?? SYNC_DEBOUNCE_MS;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();
  let queued = false;
  const newest = () =>
    (sql(options.ledger.db, 'SELECT MAX(seq) FROM audit_events').pluck().get() as number | null) ?? 0;
  let seen = -1;
  // While a restore swaps the ledger's database there is none to read: the next tick looks again.
  const swapping = () => ledgerSwapping(options.ledger);

  // Work on the ledger: a restore asked for meanwhile lets the round end first (ledgerUses.ts).
  const round = (): Promise<void> =>
    asLedgerUse(options.ledger, async () => {
      const folder = options.folder();
      if (folder === null || swapping()) return;
      seen = newest();
      const outcome = await syncRound(options.ledger, {
        folder,
        deviceKey: await options.deviceKey(),
        replica: options.replica(),
      });
      if (!outcome.publish.reachable) options.log.error(`court folder unreachable: ${outcome.publish.reason}`);
    });
  const run = (): void => {
    if (stopped) return;
    if (queued) return;
    queued = true;
    current = current.then(async () => {
      queued = false;
      if (stopped) return;
      try {
        await round();
      } catch (error) {
        options.log.error('court folder sync failed', error);
      }
    });
  };
  const schedule = (ms: number): void => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      run();
      schedule(everyMs);
    }, ms);
    timer.unref();
  };
  const tick = (): void => {
    if (swapping()) return;
    if (newest() !== seen) schedule(debounceMs);
  };
  const poll = setInterval(tick, Math.max(250, Math.floor(everyMs / 5)));
  poll.unref();
  schedule(debounceMs);
  return {
    kick: () => schedule(debounceMs),
    idle: async () => {
      for (let last: Promise<void> | null = null; last !== current;) {
        last = current;
        await current;
      }
    },
    stop: () => {
      stopped = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
      // The worker that opens segments stops with the loop (a read still running opens the rest itself).
      closeSegmentOpener().catch(() => undefined);
    },
  };
}
