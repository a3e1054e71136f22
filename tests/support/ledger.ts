import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counterPorts, type PortOptions } from '../../electron/app/ports';
import { counterRoutes } from '../../electron/app/routes';
import type { Routes } from '../../electron/routing/routes';
import {
  createDispatcher,
  memorySessionStore,
  type Dispatch,
  type DispatchMeta,
  type SessionStore,
} from '../../electron/ipc/dispatcher';
import { requestAnswers } from '../../electron/ipc/requests';
import { openDatabase } from '../../electron/services/db/open';
import type { Printing } from '../../electron/services/printing/print';
import { folderPrinter, memoryPrinterChoices } from '../../electron/services/printing/printing';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { ledgerGate } from '../../electron/services/ledger/ledgerSwap';
import { completeSetup, type SetupData } from '../../electron/services/court/setup';
import { fileDeviceKeyVault, type DeviceKeyVault } from '../../electron/services/bundle/deviceKey';
import { openOutage } from '../../electron/services/outages/outages';
import { setupSchema, type SetupInput } from '@shared/schemas/setup';
import type { Result } from '@shared/errors';
import type { ChannelName, ChannelOutput } from '@shared/contract';
import type { KaunterApp } from '../../electron/app/kaunterApp';

/** A clock that stands still until told to move. */
export function frozenClock(start = '2026-11-28T01:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = new Date(iso).getTime();
    },
  });
}

export function tempDir(prefix = 'kaunter-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh ledger from the migrations: in memory, or on a real file when durability matters. */
export function freshLedger(options: { file?: string; clock?: () => Date; dataDir?: string } = {}): Ledger {
  const db = openDatabase(options.file ?? ':memory:');
  return { db, dataDir: options.dataDir ?? null, clock: options.clock ?? frozenClock(), pinCost: 10 };
}

export const SETUP: SetupInput = {
  court: {
    stateCode: '05',
    courtCode: '005',
    courtName: 'Mahkamah Rendah Syariah Seremban',
    courtLevel: 'MRS',
    counterId: 'K1',
  },
  numbering: {
    template: '{state}{court}-{type}-{run:4}-{year}',
    scope: 'COURT_TYPE_YEAR',
    blockStart: 1,
    blockSize: null,
  },
  lastNumbers: [
    { caseTypeCode: '024', year: 2026, lastNumber: 769 },
    { caseTypeCode: '017', year: 2026, lastNumber: 41 },
  ],
  supervisor: { name: 'Puan Rohana binti Ismail', pin: '123456' },
};

/** A ledger already set up, with its supervisor (user 1) and an open option-1 outage. */
export async function readyLedger(
  overrides: Partial<SetupInput> = {},
  options: { file?: string; clock?: () => Date; dataDir?: string; deviceKeys?: DeviceKeyVault } = {},
) {
  const ledger = freshLedger(options);
  const setup: SetupData = setupSchema.parse({ ...SETUP, ...overrides });
  // A folder gets its device key at setup, in the file vault the app's handlers default to, as the app does.
  const deviceKeys = options.deviceKeys ?? (options.dataDir ? fileDeviceKeyVault(options.dataDir) : null);
  const session = await completeSetup(ledger, setup, deviceKeys);
  const outage = openOutage(ledger, session.user.id, { sopOption: 1, startedAt: ledger.clock().toISOString() });
  return { ledger, supervisor: session.user, outage };
}

/** The counter's routes over `ledger`, with the folder printer and memory stores (for a dispatcher of a test's own). */
export function routesFor(ledger: Ledger, options: Partial<PortOptions> = {}): Routes {
  return counterRoutes(
    ledger,
    counterPorts(ledger, { ...options, printing: options.printing ?? testPrinting(ledger) }),
  );
}

/** The dispatcher, typed by channel on the way out; input stays `unknown` so tests can send junk. */
export type TypedDispatch = <C extends ChannelName>(
  channel: C | (string & {}),
  input: unknown,
  meta?: DispatchMeta,
) => Promise<Result<ChannelOutput<C>>>;

/**
 * The counter's one dispatcher over `ledger`, as the app builds it: the folder printer, memory stores
 * and the ledger's clock unless a test gives its own.
 */
export function dispatcherFor(
  ledger: Ledger,
  options: Partial<PortOptions> & { sessions?: SessionStore; clock?: () => Date } = {},
): TypedDispatch {
  const { sessions, clock, ...given } = options;
  const log = given.log ?? { error: () => undefined };
  const ports = counterPorts(ledger, { ...given, printing: given.printing ?? testPrinting(ledger), log });
  const dispatch: Dispatch = createDispatcher(
    counterRoutes(ledger, ports),
    sessions ?? memorySessionStore(),
    log,
    clock ?? (() => ledger.clock()),
    requestAnswers(ledger, { log }),
    ledgerGate(ledger),
  );
  return dispatch as TypedDispatch;
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A folder printer inside the ledger's data folder (or a fresh temp folder), nothing chosen yet. */
export function testPrinting(ledger: Ledger): Printing {
  return { port: folderPrinter(join(ledger.dataDir ?? tempDir(), 'cetakan')), choices: memoryPrinterChoices() };
}

/** The app's dispatcher as one caller (one window or tab) sees it: every call with that caller's session. */
export function oneCaller(app: KaunterApp, key = 'test'): Dispatch {
  const sessions = app.sessions.for(key);
  return (channel, input, meta) => app.dispatch(channel, input, sessions, meta);
}
