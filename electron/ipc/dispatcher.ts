import { z } from 'zod';
import { contract, type ChannelName } from '@shared/contract';
import { AppError, type AppErrorData, type FieldIssue, type Result, errorData, fieldIssue } from '@shared/errors';
import type { SessionView } from '@shared/views';
import { userActor } from '../services/ledger/audit';
import type { Route, Routes, SessionStore } from '../routing/routes';
import type { Requests } from './requests';
import { readFieldMessage } from '@shared/schemas/fieldMessage';

export type { SessionStore } from '../routing/routes';

export function memorySessionStore(): SessionStore {
  let current: SessionView | null = null;
  return {
    get: () => current,
    set: (session) => {
      current = session;
    },
  };
}

export interface DispatchLogger {
  error(message: string, detail?: unknown): void;
}

/** What travels beside the input: the id the screen made for this action, sent again with each retry. */
export interface DispatchMeta {
  requestId?: string | undefined;
}

/** What each request passes through on the app's ledger (services/ledger/ledgerSwap.ts, ledgerGate). */
export interface RequestGate {
  /** What the request waits for before it runs: a ledger swap under way; undefined when nothing holds it. */
  held(): Promise<void> | undefined;
  /** Runs the request as work on the ledger, which a swap lets end before it closes the database. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

const OPEN_GATE: RequestGate = { held: () => undefined, run: (work) => work() };

/** A dispatcher bound to one caller's session (tests, the CLI). */
export type Dispatch = (channel: string, input: unknown, meta?: DispatchMeta) => Promise<Result<unknown>>;

/** The app's dispatcher: each call names the caller's own session store. */
export type SessionDispatch = (
  channel: string,
  input: unknown,
  sessions: SessionStore,
  meta?: DispatchMeta,
) => Promise<Result<unknown>>;

function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const { key, values } = readFieldMessage(issue.message);
    return fieldIssue(issue.path.map(String).join('.'), key, values);
  });
}

/** SQLite's own failures, in words a clerk can act on. */
function storageError(error: unknown): AppErrorData | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') {
    return errorData(
      'STORAGE',
      'Cakera penuh: rekod tidak disimpan. Kosongkan ruang cakera atau hubungi ICT, kemudian cuba lagi.',
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return errorData(
      'STORAGE',
      'Folder data tidak boleh ditulis: rekod tidak disimpan. Semak cakera atau hubungi ICT.',
    );
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return errorData('CONFLICT', 'Rekod bercanggah dengan rekod sedia ada: tiada apa-apa disimpan.');
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return errorData('STORAGE', 'Pangkalan data sedang sibuk: tiada apa-apa disimpan. Cuba lagi sebentar.');
  }
  return errorData('STORAGE', 'Ralat pangkalan data: tiada apa-apa disimpan. Hubungi ICT jika berulang.');
}

/**
 * The one path every call takes, in Electron and in the browser host alike: known channel →
 * access → schema parse → route → a result value. Nothing a route throws crosses as an exception.
 */
/** How long a supervisor's PIN counts as freshly typed for supervisor-only actions. */
export const PIN_FRESH_MS = 5 * 60_000;

function pinIsFresh(session: SessionView, now: Date): boolean {
  const confirmed = new Date(session.pinConfirmedAt ?? session.signedInAt).getTime();
  return now.getTime() - confirmed <= PIN_FRESH_MS;
}

/** The dispatcher for one session store only (tests, one-caller tools). */
export function createDispatcher(
  routes: Routes,
  sessions: SessionStore,
  log: DispatchLogger,
  clock: () => Date = () => new Date(),
  requests?: Requests,
  gate?: RequestGate,
): Dispatch {
  const dispatch = createSessionDispatcher(
    routes,
    log,
    clock,
    () => sessions.set(null),
    requests,
    (userId) => {
      if (sessions.get()?.user.id === userId) sessions.set(null);
    },
    gate,
  );
  return (channel, input, meta) => dispatch(channel, input, sessions, meta);
}

/**
 * The dispatcher of the app: the caller's session store comes with each call (Electron: the sending
 * window's; the host: the tab's cookie), so nothing about who is signed in is shared between callers.
 */
export function createSessionDispatcher(
  routes: Routes,
  log: DispatchLogger,
  clock: () => Date = () => new Date(),
  signOutEveryone: () => void = () => undefined,
  requests?: Requests,
  signOutUser: (userId: number) => void = () => undefined,
  gate: RequestGate = OPEN_GATE,
): SessionDispatch {
  return async (channel, rawInput, sessions, meta) => {
    // While the ledger's database is being replaced, wait, then run on the new one and as whoever is
    // signed in after it (a restore signs everyone out): services/ledger/ledgerSwap.ts.
    const held = gate.held();
    if (held !== undefined) await held;
    return gate.run(() => checkedAndRun(channel, rawInput, sessions, meta));
  };

  async function checkedAndRun(
    channel: string,
    rawInput: unknown,
    sessions: SessionStore,
    meta: DispatchMeta | undefined,
  ): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: errorData('VALIDATION', 'Permintaan tidak dikenali.') };
    }
    const def = contract[channel];
    const session = sessions.get();
    if (def.access !== 'public' && session === null) {
      return { ok: false, error: errorData('UNAUTHENTICATED', 'Sila log masuk dahulu.') };
    }
    if (def.access === 'supervisor' && session?.user.role !== 'SUPERVISOR') {
      return {
        ok: false,
        error: errorData('FORBIDDEN', 'Tindakan ini hanya untuk Penolong Pendaftar (penyelia).'),
      };
    }
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return {
        ok: false,
        error: issues[0]
          ? errorData('VALIDATION', issues[0].key, issues[0].values, issues)
          : errorData('VALIDATION', 'Maklumat tidak sah.', undefined, issues),
      };
    }
    // Supervisor-only changes re-ask the PIN when it was typed more than a few minutes ago (actions that
    // carry a supervisor's PIN in their own input ask it there).
    const carriesPin = typeof parsed.data === 'object' && parsed.data !== null && 'supervisorPin' in parsed.data;
    if (def.access === 'supervisor' && session !== null && !carriesPin && !pinIsFresh(session, clock())) {
      return {
        ok: false,
        error: errorData('REAUTH', 'Taip PIN anda sekali lagi untuk meneruskan tindakan penyelia ini.'),
      };
    }
    const answer = async (): Promise<Result<unknown>> => {
      try {
        const route = routes[channel] as Route<ChannelName>;
        const value = await route(parsed.data as never, {
          session,
          sessions,
          signOutEveryone,
          signOutUser,
          requestId: meta?.requestId,
        });
        return { ok: true, value };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toData() };
        const stored = storageError(error);
        log.error(`channel ${channel} failed`, error);
        if (stored) return { ok: false, error: stored };
        return {
          ok: false,
          error: errorData('INTERNAL', 'Ralat dalaman: tiada apa-apa disimpan. Cuba lagi atau hubungi ICT.'),
        };
      }
    };
    // A write with the screen's request id is done once: a retry gets the first answer (requests.ts).
    const requestId = meta?.requestId;
    if (def.effect === 'write' && requestId !== undefined && requests !== undefined) {
      const actor = session ? userActor(session.user.id) : 'public';
      return requests.once({ requestId, channel, actor, input: parsed.data }, answer);
    }
    return answer();
  }
}
