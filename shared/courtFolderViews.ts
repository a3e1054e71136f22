/** What the screens see of the court folder (electron/services/courtFolder/). */

export interface CourtProblemView {
  counter: string;
  segmentNo: number;
  kind: string;
  messageMs: string;
  messageEn: string;
}

/** One counter of the court as this counter sees it (its own row: what it has published). */
export interface CourtCounterView {
  counter: string;
  own: boolean;
  segments: number;
  lastEventAt: string | null;
  /** Another counter: when its last segment was read here; this one: when it last published. */
  lastArrivedAt: string | null;
  problems: CourtProblemView[];
}

export interface CourtFolderView {
  /** The folder this PC shares through; null: not shared (the counter works alone). */
  folder: string | null;
  ownCounter: string;
  /** This counter's device-key fingerprint (what the others type from its setup slip); null: no key yet. */
  ownFingerprint: string | null;
  /** This counter's public device key (armored): the file the other counters enrol. */
  ownPublicKey: string | null;
  counters: CourtCounterView[];
}

export interface EnrolledCounterView {
  id: number;
  counterId: string;
  fingerprint: string;
  enrolledAt: string;
  revokedAt: string | null;
}

/** Another counter's case as found by the court search. */
export interface CourtCaseHitView {
  counter: string;
  caseId: number;
  caseNumber: string;
  caseTypeCode: string;
  caseTypeName: string;
  status: string;
  registeredAt: string;
  parties: { side: string; name: string; idNumber: string | null }[];
}

/** Another counter's case as the replica holds it: read-only, never this counter's record. */
export interface CourtCaseView extends CourtCaseHitView {
  source: string;
  proceeding: string;
  claimSen: number | null;
  esv3CaseNumber: string | null;
  filings: {
    id: number;
    filingTypeCode: string;
    filingTypeName: string;
    quantity: number;
    amountSen: number;
    receivedAt: string;
  }[];
  receipts: {
    id: number;
    receiptNumber: string;
    payerName: string;
    totalSen: number;
    status: string;
    issuedAt: string;
  }[];
  /** When the last segment of that counter was read here: the record is as it stood then. */
  asOf: string | null;
  /**
   * This counter's row of the case (source COURT_COUNTER) once a document or a payment was received on it
   * here: where its documents and receipts of this counter are; null before.
   */
  localCaseId: number | null;
}

/** A counter's subfolder found in a court folder (the first-run screen's choice). */
export interface CourtFolderCounterFound {
  court: string;
  counter: string;
  segments: number;
}

/** What a counter's published history would rebuild, checked before anything is written. */
export interface CourtRestoreCheckView {
  court: string;
  counter: string;
  segments: number;
  events: number;
  lastEventAt: string | null;
  cases: number;
  receipts: number;
  filings: number;
  /** The old counter's supervisors: one is chosen to get a new PIN. */
  supervisors: { id: number; name: string }[];
  /** The first segment that cannot be used: nothing from it on is restored. */
  problem: CourtProblemView | null;
}

/** After the restore: what was rebuilt, where each series stands, the check of the new ledger. */
export interface CourtRestoreResultView extends CourtRestoreCheckView {
  /** The last number of each series (a case type and year, the receipts of a year): the next is above it. */
  lastNumbers: { series: string; last: string }[];
  verified: boolean;
  verifyProblem: { messageMs: string; messageEn: string } | null;
  notRecovered: { ms: string; en: string }[];
}
