import type { Role, SopOption } from './domain';

/** The receipt printer as the status bar sees it. */
export type PrinterState = 'READY' | 'NOT_CHOSEN' | 'MISSING' | 'PAUSED' | 'REJECTING' | 'FAILED';

/** Everything the counter's status bar shows, read in one call. */
export interface StatusBarView {
  /** The ledger's clock when this was read (UTC ISO). */
  now: string;
  court: { code: string; name: string; counterId: string };
  clerk: { name: string; role: Role };
  outage: { id: number; sopOption: SopOption; startedAt: string } | null;
  printer: {
    state: PrinterState;
    /** The receipt printer chosen under Tetapan → Pencetak. */
    name: string | null;
    /** When the printer list was last asked of the system (null: never answered). */
    checkedAt: string | null;
    /** The last print to this counter's printers that failed, if it is the latest outcome. */
    lastFailureAt: string | null;
  };
  backup: { lastGoodAt: string | null; planned: boolean; failing: boolean };
  unexported: {
    lastExportAt: string | null;
    cases: number;
    receipts: number;
    filings: number;
    appointments: number;
    total: number;
  };
}
