import { z } from 'zod';

/**
 * The reconciliation bundle, format v1 (docs/ARCHITECTURE.md, "The reconciliation bundle"). The writer in the
 * app and the reader in the ICT command both take their file names, columns and manifest shape from
 * here, so the two cannot drift apart.
 */
export const BUNDLE_FORMAT = 'kaunter-sandaran-bundle';
export const BUNDLE_VERSION = 1;

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
  ],
  'parties.csv': ['case_number', 'role', 'name', 'id_type', 'id_number', 'address', 'phone', 'position'],
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
  'filings.csv': ['case_number', 'filed_at', 'filed_by', 'document_type', 'description', 'receipt_number', 'amount_rm'],
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
export const BUNDLE_CSV_NAMES = Object.keys(BUNDLE_CSV_COLUMNS) as BundleCsvName[];
export const AUDIT_FILE = 'audit.jsonl';
export const MANIFEST_FILE = 'manifest.json';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const range = z.object({ first: z.string(), last: z.string(), count: z.number().int().nonnegative() });

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
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
