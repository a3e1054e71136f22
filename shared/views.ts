import type { Message } from './errors';
import type { StatusBarView } from './statusBarViews';
/** What the ledger hands back across the boundary: plain, serialisable records. */
import type {
  CaseCategory,
  CaseSource,
  CaseStatus,
  CourtLevel,
  IdType,
  NumberingScope,
  OutageCloseKind,
  PartySide,
  Proceeding,
  Role,
  Sen,
  SopOption,
} from './domain';

/** Words made in both languages where they are found (the ledger's checks), not looked up. */
export interface InBothLanguages {
  ms: string;
  en: string;
}

export interface AppInfo {
  version: string;
  setupDone: boolean;
  court: CourtView | null;
  /** Set when the clock seems to have gone backwards since the last recorded event. */
  clockWarning: Message | null;
  /**
   * Set when the start-up check failed: the ledger is open read-only, and this says why and what to do.
   * In both languages as the check wrote it (its findings are made in Malay and English side by side).
   */
  readOnly: InBothLanguages | null;
  /** Minutes without activity after which the clerk is signed out. */
  idleSignOutMinutes: number;
}

/** A supervisor's confirmation of the computer's date (clock guard); `confirmed` false: none was needed. */
export interface ClockConfirmedView {
  confirmed: boolean;
  clockAt: string;
  lastEventAt: string | null;
}

export interface CourtView {
  stateCode: string;
  stateName: string;
  courtCode: string;
  courtName: string;
  courtLevel: CourtLevel;
  counterId: string;
}

export interface NumberingView {
  template: string;
  scope: NumberingScope;
  blockStart: number;
  blockSize: number | null;
}

export interface LastNumberView {
  caseTypeCode: string;
  year: number;
  lastNumber: number;
}

export interface SettingsView {
  court: CourtView;
  numbering: NumberingView;
  lastNumbers: LastNumberView[];
}

export interface StateView {
  code: string;
  name: string;
  weekend: string[];
}

export interface CaseTypeView {
  code: string;
  name: string;
  category: CaseCategory;
  proceeding: Proceeding;
  active: boolean;
}

export interface SetupReference {
  states: StateView[];
  caseTypes: CaseTypeView[];
  defaultTemplate: string;
  currentYear: number;
}

export interface UserView {
  id: number;
  name: string;
  role: Role;
  active: boolean;
}

export interface SessionView {
  user: UserView;
  signedInAt: string;
  /** When the PIN was last typed (sign-in or a confirmation); supervisor actions need it recent. */
  pinConfirmedAt?: string;
}

export interface OutageView {
  id: number;
  sopOption: SopOption;
  startedAt: string;
  openedBy: string;
  note: string | null;
  closedAt: string | null;
  closedBy: string | null;
  closeNote: string | null;
  /** Null for an open outage, or one closed before close kinds were recorded. */
  closeKind: OutageCloseKind | null;
  caseCount: number;
  /** The SOP options the outage has been under, oldest first; the last is the current one. */
  periods: OutageSopPeriodView[];
}

/** One stretch of an outage under one SOP option: from when, set by whom, and (after a change) why. */
export interface OutageSopPeriodView {
  sopOption: SopOption;
  /** Null for the option the outage opened with. */
  fromOption: SopOption | null;
  startedAt: string;
  startedBy: string;
  reason: string | null;
}

export interface PartyView {
  id: number;
  side: PartySide;
  roleLabel: string;
  name: string;
  idType: IdType;
  idNumber: string | null;
  /** ISO 3166-1 alpha-3 of a passport holder; null otherwise, or a passport recorded before migration 018. */
  nationality: string | null;
  idWarnings: string[];
  idOverrideReason: string | null;
  address: string | null;
  phone: string | null;
}

export interface CaseSummary {
  id: number;
  caseNumber: string;
  caseTypeCode: string;
  caseTypeName: string;
  proceeding: Proceeding;
  source: CaseSource;
  status: CaseStatus;
  registeredAt: string;
  registeredBy: string;
  /** "Ahmad bin Ali lwn. Siti binti Abu" style, for lists. */
  partiesLine: string;
  /** The number ESV3 gave on recovery, shown beside the counter's own. */
  esv3CaseNumber: string | null;
  /** Source COURT_COUNTER: the counter of the court that registered the case (K1…); null otherwise. */
  originCounter: string | null;
}

export interface CaseView extends CaseSummary {
  category: CaseCategory;
  courtCode: string;
  provisional: boolean;
  outageId: number;
  claimSen: Sen | null;
  lawyerName: string | null;
  lawyerFirm: string | null;
  note: string | null;
  esv3CaseNumber: string | null;
  /** The ESV2 receipt of a case registered in ESV2 (SOP option 2). */
  esv2ReceiptNumber: string | null;
  /** Source COURT_COUNTER: the case's row id at `originCounter`, where its read-only view is. */
  originCaseId: number | null;
  parties: PartyView[];
  history: AuditEntryView[];
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  /** What a recovery event recorded (numbers, references, reason); the screen says it in its language. */
  recovery?: RecoveryFacts | null;
}

/** The figures of one recovery event in a case's history. */
export type RecoveryFacts =
  | { kind: 'DONE'; esv3CaseNumber: string; numberChanged: boolean }
  | { kind: 'CORRECTED'; previous: string; esv3CaseNumber: string; reason: string | null }
  | { kind: 'RECEIPT'; receiptNumber: string; esv3PaymentRef: string; previous: string | null; reason: string | null }
  | { kind: 'NOTICE'; oldCaseNumber: string; newCaseNumber: string; parties: number };

export interface CaseSearchResult {
  total: number;
  cases: CaseSummary[];
}

export interface NextNumberView {
  caseNumber: string;
  runningNumber: number;
}

export interface BackupFileView {
  name: string;
  bytes: number;
  madeAt: string;
}

export interface LedgerFactsView {
  cases: number;
  receipts: number;
  auditEvents: number;
  auditHead: string | null;
  lastEventAt: string | null;
}

export interface BackupStatusView {
  dir: string | null;
  everyMinutes: number;
  keep: number;
  /** The newest good backup in the folder (made now or found there after a restart). */
  lastGoodAt: string | null;
  last: (BackupFileView & { facts: LedgerFactsView }) | null;
  lastFailure: { at: string; message: string } | null;
  files: BackupFileView[];
  /** The court recovery key every backup is encrypted to; null until the passphrase is set. */
  recoveryKey?: { fingerprint: string; setAt: string } | null;
}

export interface BackupComparisonView {
  name: string;
  ok: boolean;
  problem: string | null;
  backup: LedgerFactsView;
  current: LedgerFactsView;
  sameHistory: boolean;
  lost: { auditEvents: number; cases: number; receipts: number };
  encrypted?: boolean;
  signature?: { fingerprint: string; head: { seq: number; hash: string | null } } | null;
}

export interface RestoreResultView {
  name: string;
  setAside: string;
  facts: LedgerFactsView;
  /** Numbers handed out after the backup: never handed out again; their records are re-entered from paper. */
  lostNumbers: {
    readable: boolean;
    cases: { series: string; first: number; last: number }[];
    receipts: { series: string; first: number; last: number }[];
    /** Appointment references and export sequence numbers. */
    appointments: { series: string; first: number; last: number }[];
    exports: { series: string; first: number; last: number }[];
  };
}

/** Records made since the last export (none exported yet: all of them), as the status bar counts them. */
export type UnexportedView = StatusBarView['unexported'];

/** Tetapan → Sandaran → Folder data: where the ledger lives and where it will live after a restart. */
export interface DataFolderView {
  /** The folder the running counter has open. */
  current: string | null;
  /** The folder chosen for the next start (null: the default under the user-data folder). */
  chosen: string | null;
  /** A different folder was chosen: it opens when the app is started again. */
  restartNeeded: boolean;
  unexported: UnexportedView;
}

export interface DataFolderChangeView extends DataFolderView {
  /** The chosen folder already holds a ledger (it is opened as it is, not replaced). */
  holdsLedger: boolean;
}
