/** What the renderer sees of the device key, ICT keys and exports (docs/ARCHITECTURE.md, the reconciliation bundle). */

export interface DeviceKeyView {
  /** 40 lower-case hex digits. */
  fingerprint: string;
  publicArmored: string;
  createdAt: string;
}

/** The key as the settings screen shows it. */
export interface DeviceKeyStatusView extends DeviceKeyView {
  /** False when this PC does not hold the key's secret half (restored onto a new PC): nothing can be signed. */
  available: boolean;
}

export interface IctKeyView {
  id: number;
  fingerprint: string;
  userIds: string[];
  expiresAt: string | null;
  addedAt: string;
  addedBy: string;
  removedAt: string | null;
}

export interface IctKeysView {
  keys: IctKeyView[];
  /** Keys in use (not removed). Export needs at least one; a second (escrow) is recommended. */
  activeCount: number;
}

export const EXPORT_PHASES = ['snapshot', 'zip', 'encrypt', 'write', 'check', 'record', 'done'] as const;
export type ExportPhase = (typeof EXPORT_PHASES)[number];

export interface ExportProgress {
  phase: ExportPhase;
  /** 0..1 of the whole export. */
  fraction: number;
}

export interface ExportResultView {
  seq: number;
  baseName: string;
  folder: string;
  files: { pgp: string; manifestText: string; deviceKey: string };
  pgpSha256: string;
  pgpBytes: number;
  previousSha256: string | null;
  exportedAt: string;
  deviceKeyFingerprint: string;
  recipients: string[];
  withPassphrase: boolean;
  /** Taken when everything recorded here was back in ESV3 (docs/ARCHITECTURE.md, Recovery). */
  final: boolean;
  caseCount: number;
  receiptCount: number;
  totalSen: number;
  /** What the folder held before this export wrote to it (exportFolder.ts): put right, cleared, not trusted. */
  folderFindings: { completed: string[]; removed: string[]; unrecorded: string[] };
}

export type ExportJobView =
  | { jobId: string; state: 'running'; progress: ExportProgress }
  | { jobId: string; state: 'done'; progress: ExportProgress; result: ExportResultView }
  | { jobId: string; state: 'failed'; progress: ExportProgress; error: { code: string; message: string } };

export interface ExportListItem {
  seq: number;
  exportedAt: string;
  baseName: string;
  pgpSha256: string;
  caseCount: number;
  receiptCount: number;
  totalSen: number;
  final: boolean;
}

export interface SlipResultView {
  pdfFile: string;
  sha256: string;
  printed: boolean;
  printerName: string | null;
}
