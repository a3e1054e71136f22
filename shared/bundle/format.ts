import { z } from 'zod';

/**
 * The reconciliation bundle, format v2 (docs/ARCHITECTURE.md, "The reconciliation bundle"). The writer in the
 * app and the reader in the ICT command both take their file names, columns and manifest shape from
 * here, so the two cannot drift apart.
 */
export const BUNDLE_FORMAT = 'kaunter-sandaran-bundle';
/**
 * The version this app writes. v2 (migration 016) adds each outage's SOP option periods to the manifest
 * and the option each case and filing was issued under (`sop_option`, the last column of `cases.csv` and
 * `filings.csv`). ICT's reader accepts v1 and v2: a v1 bundle's outages had one option each.
 */
export const BUNDLE_VERSION = 2;
export const BUNDLE_VERSIONS_READ = [1, 2] as const;

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
  ],
  /** `nationality` (migration 018): ISO 3166-1 alpha-3 of a passport holder; absent in an older bundle. */
  'parties.csv': ['case_number', 'role', 'name', 'id_type', 'id_number', 'address', 'phone', 'position', 'nationality'],
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
  ],
  'receipt_items.csv': ['receipt_number', 'line', 'fee_code', 'description', 'amount_rm', 'quantity', 'exempt_reason'],
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
  ],
  'documents.csv': ['kind', 'reference', 'case_number', 'issued_at', 'issued_by', 'copies', 'status', 'pdf_sha256'],
} as const;

export type BundleCsvName = keyof typeof BUNDLE_CSV_COLUMNS;

/** The columns a version added at the end of a file: a reader of an older bundle does not ask for them. */
const CSV_COLUMNS_ADDED: Partial<Record<BundleCsvName, Record<number, readonly string[]>>> = {
  'cases.csv': { 2: ['sop_option'] },
  'filings.csv': { 2: ['sop_option'] },
};

/**
 * Columns appended at the end of a file within a version, which a bundle of that version may not have yet:
 * `nationality` (migration 018) came after v2 bundles were already in ICT's hands. The reader asks only for
 * the columns before them, and a row without one reads as empty (not recorded).
 */
const CSV_COLUMNS_OPTIONAL: Partial<Record<BundleCsvName, readonly string[]>> = {
  'parties.csv': ['nationality'],
};

/** The columns a bundle of `version` has at the start of `name`, in order (the optional ones left out). */
export function csvColumnsOf(name: BundleCsvName, version: number): readonly string[] {
  const added = CSV_COLUMNS_ADDED[name] ?? {};
  const later = new Set(
    Object.entries(added)
      .filter(([v]) => Number(v) > version)
      .flatMap(([, columns]) => columns),
  );
  const optional = new Set(CSV_COLUMNS_OPTIONAL[name] ?? []);
  return BUNDLE_CSV_COLUMNS[name].filter((c) => !later.has(c) && !optional.has(c));
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
