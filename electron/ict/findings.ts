/**
 * What the ICT checks say about a bundle. Every finding carries Malay and English, because the CLI
 * prints both. An error makes the run unclean (exit 1); a warning is shown but does not.
 */
export type Severity = 'error' | 'warning';

export type FindingCode =
  | 'MANIFEST'
  | 'FILE_MISSING'
  | 'FILE_EXTRA'
  | 'FILE_HASH'
  | 'FILE_ROWS'
  | 'FILE_BYTES'
  | 'CSV_FORMAT'
  | 'AUDIT_CHAIN'
  | 'AUDIT_HEAD'
  | 'AUDIT_RECORDS'
  | 'AUDIT_NOT_EXTENDED'
  | 'SIGNER_MISMATCH'
  | 'CASE_DOUBLE'
  | 'CASE_GAP'
  | 'CASE_RANGE'
  | 'RECEIPT_DOUBLE'
  | 'COURT_CASE_ORIGIN'
  | 'RECEIPT_GAP'
  | 'RECEIPT_RANGE'
  | 'RECEIPT_ITEMS'
  | 'RECEIPT_CASE'
  | 'AMOUNT_FORMAT'
  | 'TOTALS'
  | 'COUNTS'
  | 'CASE_COLLISION'
  | 'COUNTER_TWO_DEVICES'
  | 'EXPORT_CHAIN'
  | 'EXPORT_DOUBLE'
  | 'MANIFEST_TEXT'
  | 'CLOCK_AHEAD'
  /** A counter's segments in the court folder: a gap, a fork or a break in the chain (`ict merge --folder`). */
  | 'SEGMENT';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  ms: string;
  en: string;
  /** The bundle the finding is about (its base name), when there is one. */
  bundle?: string;
}

export function error(code: FindingCode, ms: string, en: string): Finding {
  return { severity: 'error', code, ms, en };
}

export function warning(code: FindingCode, ms: string, en: string): Finding {
  return { severity: 'warning', code, ms, en };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Why a bundle could not be opened at all; the other bundles of a merge still go on. */
export type FailureKind =
  | 'READ'
  | 'WRONG_KEY'
  | 'WRONG_PASSPHRASE'
  | 'DAMAGED'
  | 'UNSIGNED'
  /** Signed by a key ICT has not enrolled: decrypted, but never passed (exit 4). */
  | 'UNVERIFIED'
  | 'BAD_SIGNATURE'
  | 'NOT_A_BUNDLE';

export class BundleFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly ms: string,
    readonly en: string,
    /** For UNVERIFIED: the signature's issuer (fingerprint, or key ID when it names no fingerprint). */
    readonly signer?: string,
  ) {
    super(en);
    this.name = 'BundleFailure';
  }
}
