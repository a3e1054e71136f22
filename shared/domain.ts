/** Domain vocabulary shared by the ledger and the screens. English in code, Malay in what people see. */

export const SOP_OPTIONS = [1, 2, 3] as const;
export type SopOption = (typeof SOP_OPTIONS)[number];
export const SOP_OPTION_LABELS: Record<SopOption, string> = {
  1: 'Pilihan 1 — Pendaftaran manual di kaunter',
  2: 'Pilihan 2 — Pendaftaran dalam ESV2',
  3: 'Pilihan 3 — Pendaftaran ditutup (janji temu sahaja)',
};

export const ROLES = ['CLERK', 'SUPERVISOR'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  CLERK: 'Pembantu Tadbir',
  SUPERVISOR: 'Penolong Pendaftar',
};

export const COURT_LEVELS = ['MRS', 'MTS', 'MRYS'] as const;
export type CourtLevel = (typeof COURT_LEVELS)[number];
export const COURT_LEVEL_LABELS: Record<CourtLevel, string> = {
  MRS: 'Mahkamah Rendah Syariah',
  MTS: 'Mahkamah Tinggi Syariah',
  MRYS: 'Mahkamah Rayuan Syariah',
};

/** Why an outage was closed: ESV3 is back (the recovery worklist follows) or another reason. */
export const OUTAGE_CLOSE_KINDS = ['ESV3_PULIH', 'LAIN'] as const;
export type OutageCloseKind = (typeof OUTAGE_CLOSE_KINDS)[number];

/** COURT_COUNTER: another counter of this court registered it (issue 20); this counter holds it to file or pay on it. */
export const CASE_SOURCES = ['MANUAL', 'ESV2', 'ESV3_EXISTING', 'COURT_COUNTER'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
/** Where a case's number came from, as the court's documents (in Malay) name it. */
export const CASE_SOURCE_LABELS: Record<CaseSource, string> = {
  MANUAL: 'Pendaftaran manual',
  ESV2: 'ESV2',
  ESV3_EXISTING: 'Kes sedia ada ESV3',
  COURT_COUNTER: 'Kes didaftarkan di kaunter lain',
};

export const PROCEEDINGS = ['SAMAN', 'PERMOHONAN'] as const;
export type Proceeding = (typeof PROCEEDINGS)[number];
export const PROCEEDING_LABELS: Record<Proceeding, string> = {
  SAMAN: 'Saman',
  PERMOHONAN: 'Permohonan',
};

export const CASE_CATEGORIES = ['MAL', 'JENAYAH'] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
export const CASE_CATEGORY_LABELS: Record<CaseCategory, string> = {
  MAL: 'Mal',
  JENAYAH: 'Jenayah',
};

export const CASE_STATUSES = ['REGISTERED', 'CANCELLED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  REGISTERED: 'Didaftarkan',
  CANCELLED: 'Dibatalkan',
};

/** Which side of the case a party stands on. The wording follows the proceeding. */
export const PARTY_SIDES = ['CLAIMANT', 'RESPONDENT'] as const;
export type PartySide = (typeof PARTY_SIDES)[number];

export function partyRoleLabel(side: PartySide, proceeding: Proceeding): string {
  if (side === 'CLAIMANT') return proceeding === 'SAMAN' ? 'Plaintif' : 'Pemohon';
  return proceeding === 'SAMAN' ? 'Defendan' : 'Responden';
}

export const ID_TYPES = ['MYKAD', 'OLD_IC', 'PASSPORT', 'POLICE', 'ARMY', 'OTHER', 'NONE'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_LABELS: Record<IdType, string> = {
  MYKAD: 'MyKad (No. K/P baharu)',
  OLD_IC: 'K/P lama',
  PASSPORT: 'Pasport',
  POLICE: 'No. Polis',
  ARMY: 'No. Tentera',
  OTHER: 'Lain-lain',
  NONE: 'Tiada dokumen',
};

export const NUMBERING_SCOPES = ['COURT_TYPE_YEAR', 'COURT_YEAR'] as const;
export type NumberingScope = (typeof NUMBERING_SCOPES)[number];
export const NUMBERING_SCOPE_LABELS: Record<NumberingScope, string> = {
  COURT_TYPE_YEAR: 'Bagi setiap mahkamah, kod kes dan tahun',
  COURT_YEAR: 'Bagi setiap mahkamah dan tahun (semua kod kes berkongsi satu siri)',
};

/** Ringgit and sen: money is integer sen everywhere. */
export type Sen = number;

export const PAYMENT_METHODS = ['CASH', 'CHEQUE', 'MONEY_ORDER', 'POSTAL_ORDER', 'CARD', 'EFT'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** As the receipt's "Cara Bayaran" column writes them. */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  CASH: 'Tunai',
  CHEQUE: 'Cek',
  MONEY_ORDER: 'Kiriman Wang',
  POSTAL_ORDER: 'Wang Pos',
  CARD: 'Kad Debit/Kredit',
  EFT: 'EFT/FPX',
};

export const RECEIPT_STATUSES = ['ISSUED', 'CANCELLED'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

/** How the sen part of an amount is written in words; both occur in government use. */
export const SEN_WORDING = ['SEN_BEFORE', 'SEN_AFTER'] as const;
export type SenWording = (typeof SEN_WORDING)[number];

export const RECEIPT_PAPERS = ['A5', 'ROLL_80MM'] as const;
export type ReceiptPaper = (typeof RECEIPT_PAPERS)[number];

export const APPOINTMENT_STATUSES = ['BOOKED', 'REGISTERED', 'CANCELLED', 'NO_SHOW'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Literal, so a refusal can name a status as a translated value (shared/messages/appointments.ts). */
export const APPOINTMENT_STATUS_LABELS = {
  BOOKED: 'Dijadualkan',
  REGISTERED: 'Telah didaftarkan',
  CANCELLED: 'Dibatalkan',
  NO_SHOW: 'Tidak hadir',
} as const satisfies Record<AppointmentStatus, string>;
