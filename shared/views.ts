/** What the ledger hands back across the boundary: plain, serialisable records. */
import type {
  CaseCategory,
  CaseSource,
  CaseStatus,
  CourtLevel,
  IdType,
  NumberingScope,
  PartySide,
  Proceeding,
  Role,
  Sen,
  SopOption,
} from './domain';

export interface AppInfo {
  version: string;
  setupDone: boolean;
  court: CourtView | null;
  /** Set when the clock seems to have gone backwards since the last recorded event. */
  clockWarning: string | null;
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
  caseCount: number;
}

export interface PartyView {
  id: number;
  side: PartySide;
  roleLabel: string;
  name: string;
  idType: IdType;
  idNumber: string | null;
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
  parties: PartyView[];
  history: AuditEntryView[];
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
}

export interface CaseSearchResult {
  total: number;
  cases: CaseSummary[];
}

export interface NextNumberView {
  caseNumber: string;
  runningNumber: number;
}
