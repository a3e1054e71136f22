/** What the handover slip (borang serahan) and the setup slip print: the bundle's figures and the keys. */

export interface HandoverFigures {
  seq: number;
  baseName: string;
  exportedAt: string;
  exportedBy: string | null;
  counterId: string;
  pgpName: string;
  pgpSha256: string;
  pgpBytes: number;
  previousSha256: string | null;
  deviceKeyFingerprint: string;
  recipients: { fingerprint: string; userId: string | null }[];
  passphrase: boolean;
  /** The final export: everything recorded here was back in ESV3 when it was taken. */
  final: boolean;
  counts: Record<string, number>;
  totals: { issuedSen: number; byMethodSen: Record<string, number>; cancelledSen: number };
  ranges: {
    caseNumbers: { scope: string; first: string; last: string; count: number }[];
    receiptNumbers: { series: string; first: string; last: string; count: number }[];
  };
  audit: { length: number; head: string };
}

export interface SetupSlipFigures {
  courtName: string;
  courtId: string;
  counterId: string;
  deviceKeyFingerprint: string;
  deviceKeyUserId: string;
  deviceKeyCreatedAt: string;
  ictKeys: { fingerprint: string; userId: string | null }[];
  printedAt: string;
}
