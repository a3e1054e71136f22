import type { PrinterState } from '@shared/statusBarViews';
import type { Printing } from './print';
import type { DocumentKind, PrinterInfo } from './printing';

/** What this PC last learned about its printers: the last list the system gave, the last print outcome. */
export interface PrinterHealth {
  list: { printers: PrinterInfo[]; at: string } | null;
  lastPrint: { printer: string; ok: boolean; at: string } | null;
}

const health = new WeakMap<Printing, PrinterHealth>();

/**
 * The same printing, watched: every printer list the system gives and every print's outcome is
 * remembered, so the status bar can say how the printer is without waiting for a slow system.
 */
export function watchPrinting(printing: Printing, clock: () => Date = () => new Date()): Printing {
  if (health.has(printing)) return printing;
  const known: PrinterHealth = { list: null, lastPrint: null };
  const watched: Printing = {
    choices: printing.choices,
    port: {
      list: async () => {
        const printers = await printing.port.list();
        known.list = { printers, at: clock().toISOString() };
        return printers;
      },
      print: async (file, job) => {
        try {
          const done = await printing.port.print(file, job);
          known.lastPrint = { printer: job.printer, ok: true, at: clock().toISOString() };
          return done;
        } catch (error) {
          known.lastPrint = { printer: job.printer, ok: false, at: clock().toISOString() };
          throw error;
        }
      },
    },
  };
  health.set(watched, known);
  return watched;
}

/** Resolves to undefined when the promise takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

export interface PrinterStatus {
  state: PrinterState;
  name: string | null;
  checkedAt: string | null;
  lastFailureAt: string | null;
}

/**
 * The chosen printer of one kind: not chosen, missing from the system's list, paused or refusing jobs in
 * the spooler, its last print failed, or ready. The system is asked for its list for at most `waitMs`; a slower answer is left to finish in
 * the background and the last list known is used meanwhile.
 */
export async function printerStatus(printing: Printing, kind: DocumentKind, waitMs = 300): Promise<PrinterStatus> {
  const name = printing.choices.get(kind);
  const known = health.get(printing);
  const answered = await within(printing.port.list(), waitMs);
  const list = known ? known.list : answered ? { printers: answered, at: new Date().toISOString() } : null;
  const last = known?.lastPrint ?? null;
  const lastFailureAt = last && !last.ok && last.printer === name ? last.at : null;
  let state: PrinterState;
  const listed = list?.printers.find((p) => p.name === name);
  if (name === null) state = 'NOT_CHOSEN';
  else if (list && !listed) state = 'MISSING';
  else if (listed?.state === 'PAUSED') state = 'PAUSED';
  else if (listed?.state === 'REJECTING') state = 'REJECTING';
  else if (lastFailureAt) state = 'FAILED';
  else state = 'READY';
  return { state, name, checkedAt: list?.at ?? null, lastFailureAt };
}
