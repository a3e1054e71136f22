import { z } from 'zod';

/**
 * The reconciliation bundle, format v3 (docs/ARCHITECTURE.md, "The reconciliation bundle"). The writer in the
 * app and the reader in the ICT command both take their file names, columns and manifest shape from
 * here, so the two cannot drift apart.
 */
export const BUNDLE_FORMAT = 'kaunter-sandaran-bundle';
/**
 * The version this app writes. v2 (migration 016) adds each outage's SOP option periods to the manifest
 * and the option each case and filing was issued under (`sop_option`, the last column of `cases.csv` and
 * `filings.csv`). ICT's reader accepts v1 and v2: a v1 bundle's outages had one option each.
 */
/**
 * v3 carries what ICT needs to re-key a case into ESV3 without opening audit.jsonl: columns at the end of
 * five files (the ESV2 receipt number, identity warnings and override reasons, the cheque bank, the cash
 * rounding, each fee line's unit and typed-amount flag, appointment sessions, a notice's `superseded_by`)
 * and two new files, `hearings.csv` and `overrides.csv` (every reason a clerk or supervisor gave).
 */
export const BUNDLE_VERSION = 3;
export const BUNDLE_VERSIONS_READ = [1, 2, 3] as const;

/** The columns of each CSV file in the ZIP, in order. Snake case; more may be added at the end. */
export const BUNDLE_CSV_COLUMNS = {
  'cases.csv': [
    'case_number',
    'source',
    'case_type_code',
    'case_type_name',
    'proceeding',
    'court_code',
    'registered_at',
    'registered_by',
    'outage_id',
    'status',
    'esv3_case_number',
    'esv3_done_at',
    'category',
    'provisional',
    'running_number',
    'year',
    'claim_rm',
    'lawyer_name',
    'lawyer_firm',
    'note',
    'sop_option',
    'esv2_receipt_number',
    'origin_counter',
  ],
  'parties.csv': [
    'case_number',
    'role',
    'name',
    'id_type',
    'id_number',
    'address',
    'phone',
    'position',
    'id_warnings',
    'id_override_reason',
    /** Migration 018: ISO 3166-1 alpha-3 of a passport holder (e.g. IDN); empty otherwise or recorded before. */
    'nationality',
  ],
  'receipts.csv': [
    'receipt_number',
    'issued_at',
    'issued_by',
    'case_number',
    'payer_name',
    'payer_id_number',
    'method',
    'amount_rm',
    'status',
    'cancelled_reason',
    'replaces_receipt_number',
    'kew38_serial',
    'igfmas_ref',
    'ispeks_ref',
    'esv3_payment_ref',
    'counter_id',
    'running_number',
    'court_date',
    'outage_id',
    'method_reference',
    'pdf_sha256',
    'cheque_bank',
    'rounding_rm',
    'received_rm',
  ],
  'receipt_items.csv': [
    'receipt_number',
    'line',
    'fee_code',
    'description',
    'amount_rm',
    'quantity',
    'exempt_reason',
    'unit_rm',
    'amount_typed',
  ],
  'filings.csv': [
    'case_number',
    'filed_at',
    'filed_by',
    'document_type',
    'description',
    'receipt_number',
    'amount_rm',
    'sop_option',
  ],
  'appointments.csv': [
    'reference',
    'booked_at',
    'booked_by',
    'appointment_date',
    'name',
    'id_number',
    'phone',
    'case_type_code',
    'status',
    'case_number',
    'session',
    'session_start',
    'session_end',
    'id_type',
    'id_override_reason',
    'status_reason',
    'no_show_correction_reason',
  ],
  'documents.csv': [
    'kind',
    'reference',
    'case_number',
    'issued_at',
    'issued_by',
    'copies',
    'status',
    'pdf_sha256',
    'cancelled_reason',
    'superseded_by',
  ],
  /** v3: every hearing date set, with a supervisor's approval of a date the rules refuse. */
  'hearings.csv': [
    'case_number',
    'kind',
    'hearing_date',
    'hearing_time',
    'room',
    'set_at',
    'set_by',
    'override_reason',
    'override_by',
  ],
  /**
   * v3: every reason given for going past a rule or changing a record, one a row: `kind` says which
   * (OVERRIDE_KINDS), `reference` what it is about (a receipt, hearing, day, appointment …).
   */
  'overrides.csv': ['kind', 'case_number', 'reference', 'at', 'by', 'approved_by', 'reason'],
} as const;

/** The `kind` of each row of overrides.csv (docs/ICT.md, section 5). */
export const OVERRIDE_KINDS = [
  'PARTY_ID',
  'APPOINTMENT_ID',
  'HEARING_DATE',
  'FEE_EXEMPT',
  'RECEIPT_CANCEL',
  'DOCUMENT_CANCEL',
  'CASH_DIFFERENCE',
  'DAY_REOPEN',
  'SOP_OPTION',
  'NO_SHOW_CORRECTION',
  'APPOINTMENT_STATUS',
  'ESV3_TYPE_MISMATCH',
  'ESV3_CORRECTION',
  /** A case registered although another counter of the court registered a like one (issue 20). */
  'COURT_DUPLICATE',
] as const;

export type BundleCsvName = keyof typeof BUNDLE_CSV_COLUMNS;

/** The columns a version added at the end of a file: a reader of an older bundle does not ask for them. */
const CSV_COLUMNS_ADDED: Partial<Record<BundleCsvName, Record<number, readonly string[]>>> = {
  'cases.csv': { 2: ['sop_option'], 3: ['esv2_receipt_number', 'origin_counter'] },
  'filings.csv': { 2: ['sop_option'] },
  'parties.csv': { 3: ['id_warnings', 'id_override_reason', 'nationality'] },
  'receipts.csv': { 3: ['cheque_bank', 'rounding_rm', 'received_rm'] },
  'receipt_items.csv': { 3: ['unit_rm', 'amount_typed'] },
  'appointments.csv': {
    3: [
      'session',
      'session_start',
      'session_end',
      'id_type',
      'id_override_reason',
      'status_reason',
      'no_show_correction_reason',
    ],
  },
  'documents.csv': { 3: ['cancelled_reason', 'superseded_by'] },
};

/** The version that added a whole file; files not named here are in every version. */
const CSV_FILES_ADDED: Partial<Record<BundleCsvName, number>> = { 'hearings.csv': 3, 'overrides.csv': 3 };

/** The CSV files a bundle of `version` holds, in the format's order. */
export function csvNamesOf(version: number): BundleCsvName[] {
  return BUNDLE_CSV_NAMES.filter((name) => (CSV_FILES_ADDED[name] ?? 1) <= version);
}

/** The columns a bundle of `version` has at the start of `name`, in order (what a reader requires). */
export function csvColumnsOf(name: BundleCsvName, version: number): readonly string[] {
  const added = CSV_COLUMNS_ADDED[name] ?? {};
  const later = new Set(
    Object.entries(added)
      .filter(([v]) => Number(v) > version)
      .flatMap(([, columns]) => columns),
  );
  return BUNDLE_CSV_COLUMNS[name].filter((c) => !later.has(c));
}
export const BUNDLE_CSV_NAMES = Object.keys(BUNDLE_CSV_COLUMNS) as BundleCsvName[];
export const AUDIT_FILE = 'audit.jsonl';
export const MANIFEST_FILE = 'manifest.json';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const range = z.object({ first: z.string(), last: z.string(), count: z.number().int().nonnegative() });

export const bundleManifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.union(BUNDLE_VERSIONS_READ.map((v) => z.literal(v))),
    app: z.object({ name: z.string(), version: z.string() }),
    court: z.object({ stateCode: z.string(), courtCode: z.string(), name: z.string() }),
    counter: z.string(),
    deviceKeyFingerprint: z.string().regex(/^[0-9a-f]{40}$/),
    export: z.object({
      seq: z.number().int().positive(),
      at: z.string(),
      by: z.string().nullable(),
      previousSha256: sha256Hex.nullable(),
      final: z.boolean(),
    }),
    outages: z.array(
      z.object({
        id: z.number().int(),
        sopOption: z.number().int(),
        startedAt: z.string(),
        closedAt: z.string().nullable(),
        /** From v2: each option the outage was under, oldest first (the last is `sopOption`). */
        periods: z
          .array(
            z.object({
              sopOption: z.number().int(),
              fromOption: z.number().int().nullable(),
              startedAt: z.string(),
              startedBy: z.string(),
              reason: z.string().nullable(),
            }),
          )
          .optional(),
      }),
    ),
    counts: z.record(z.string(), z.number().int().nonnegative()),
    totals: z.object({
      /** Issued (not cancelled) receipts, in sen and as `123.50`. */
      issuedSen: z.number().int(),
      issuedRm: z.string(),
      byMethodSen: z.record(z.string(), z.number().int()),
      cancelledSen: z.number().int(),
    }),
    ranges: z.object({
      /** Per number scope (court + type + year, or court + year): first and last number issued here. */
      caseNumbers: z.array(range.extend({ scope: z.string() })),
      /** Per receipt series (counter + year). */
      receiptNumbers: z.array(range.extend({ series: z.string() })),
    }),
    audit: z.object({ length: z.number().int().nonnegative(), head: sha256Hex }),
    files: z.array(
      z.object({ name: z.string(), rows: z.number().int().nonnegative(), sha256: sha256Hex, bytes: z.number().int() }),
    ),
  })
  .refine((m) => m.version < 2 || m.outages.every((o) => o.periods !== undefined), {
    path: ['outages'],
    message: 'a v2 manifest gives every outage its SOP option periods',
  });

export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** `KS-<court>-<counter>-<seq>-<YYYYMMDDTHHmm>` in Malaysian time; court is state + court code. */
export function bundleBaseName(courtId: string, counter: string, seq: number, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Kuala_Lumpur',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const stamp = `${part('year')}${part('month')}${part('day')}T${part('hour')}${part('minute')}`;
  return `KS-${courtId}-${counter}-${String(seq).padStart(4, '0')}-${stamp}`;
}
