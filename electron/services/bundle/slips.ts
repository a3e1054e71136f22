import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { HandoverFigures, SetupSlipFigures } from '@shared/bundleSlips';
import type { SlipResultView } from '@shared/bundleViews';
import { AppError } from '@shared/errors';
import { appendAudit, userActor } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import { handoverDoc } from '../documents/handoverDoc';
import { renderPdf } from '../documents/render';
import { setupSlipDoc } from '../documents/setupSlipDoc';
import type { Ledger } from '../ledger/ledger';
import type { Printing } from '../printing/print';
import { dataDirOf, receiptHeader, sha256, writeFileDurably } from '../documents/store';
import { deviceKeyUserId, ensureDeviceKey, type DeviceKeyVault } from './deviceKey';

export const HANDOVER_KIND = 'BORANG_SERAHAN';
export const SETUP_SLIP_KIND = 'SLIP_PERSEDIAAN';

interface ExportRow {
  seq: number;
  exported_at: string;
  exported_by_name: string | null;
  base_name: string;
  pgp_sha256: string;
  prev_sha256: string | null;
  audit_length: number;
  audit_head: string;
  final: number;
}

type ExportEventData = Pick<HandoverFigures, 'counts' | 'totals' | 'ranges' | 'pgpBytes' | 'deviceKeyFingerprint'> & {
  recipients: string[];
  passphrase: boolean;
};

function ictUserIds(ledger: Ledger): Map<string, string | null> {
  const rows = sql(ledger.db, 'SELECT fingerprint, user_ids FROM ict_keys').all() as {
    fingerprint: string;
    user_ids: string;
  }[];
  return new Map(rows.map((r) => [r.fingerprint, (JSON.parse(r.user_ids) as string[])[0] ?? null]));
}

/** One export's figures: the export row and what its audit event recorded from the manifest. */
export function handoverFigures(ledger: Ledger, seq: number): HandoverFigures {
  const row = sql(
    ledger.db,
    `SELECT e.*, u.name AS exported_by_name FROM exports e LEFT JOIN users u ON u.id = e.exported_by WHERE e.seq = ?`,
  ).get(seq) as ExportRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Eksport {seq} tidak dijumpai.', { seq });
  const event = sql(
    ledger.db,
    "SELECT data FROM audit_events WHERE entity = 'export' AND entity_id = ? AND action = 'bundle.export'",
  ).get(String(seq)) as { data: string } | undefined;
  if (!event) throw new AppError('NOT_FOUND', 'Rekod audit eksport {seq} tidak dijumpai.', { seq });
  const data = JSON.parse(event.data) as ExportEventData;
  const names = ictUserIds(ledger);
  return {
    seq: row.seq,
    baseName: row.base_name,
    exportedAt: row.exported_at,
    exportedBy: row.exported_by_name,
    counterId: requireCourtConfig(ledger).court.counterId,
    pgpName: `${row.base_name}.zip.pgp`,
    pgpSha256: row.pgp_sha256,
    pgpBytes: data.pgpBytes,
    previousSha256: row.prev_sha256,
    deviceKeyFingerprint: data.deviceKeyFingerprint,
    recipients: data.recipients.map((fingerprint) => ({ fingerprint, userId: names.get(fingerprint) ?? null })),
    passphrase: data.passphrase,
    final: row.final === 1,
    counts: data.counts,
    totals: data.totals,
    ranges: data.ranges,
    audit: { length: row.audit_length, head: row.audit_head },
  };
}

/** Refuses before anything is made when there is nowhere to print: a refused call changes nothing. */
function requirePrinter(printing: Printing, what: string): string {
  const printer = printing.choices.get('statement');
  if (printer === null) {
    throw new AppError(
      'PRINTER',
      'Tiada pencetak A4 dipilih untuk {what}. Pilih pencetak penyata di Tetapan → Pencetak, atau simpan PDF sahaja.',
      { what },
    );
  }
  return printer;
}

async function sendToPrinter(printing: Printing, file: string, what: string): Promise<string> {
  const printer = requirePrinter(printing, what);
  try {
    await printing.port.print(file, { printer, paper: 'A4', copies: 1, title: what });
  } catch {
    throw new AppError(
      'PRINTER',
      'Pencetak "{printer}" gagal mencetak. {what} telah disimpan; semak pencetak dan cuba lagi.',
      { printer, what },
    );
  }
  return printer;
}

function registerDocument(
  ledger: Ledger,
  actorId: number,
  doc: { kind: string; reference: string; data: unknown; file: string; sha256: string },
): void {
  const at = ledger.clock().toISOString();
  ledger.db.transaction(() => {
    const outage = sql(ledger.db, 'SELECT id FROM outages WHERE closed_at IS NULL').get() as { id: number } | undefined;
    const id = sql(
      ledger.db,
      `INSERT INTO documents (kind, reference, issued_at, issued_by, outage_id, data, pdf_file, pdf_sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      doc.kind,
      doc.reference,
      at,
      actorId,
      outage?.id ?? null,
      JSON.stringify(doc.data),
      doc.file,
      doc.sha256,
    ).lastInsertRowid;
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'document.issue',
      entity: 'document',
      entityId: Number(id),
      data: { kind: doc.kind, reference: doc.reference, file: doc.file, sha256: doc.sha256 },
    });
  })();
}

/**
 * The handover slip of one export: made once, saved in the data folder with its SHA-256 and entered in
 * the documents register; later prints are that same file (checked against its hash).
 */
export async function printHandoverSlip(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  seq: number,
  toPrinter: boolean,
): Promise<SlipResultView> {
  const dataDir = dataDirOf(ledger);
  if (toPrinter) requirePrinter(printing, 'borang serahan');
  const figures = handoverFigures(ledger, seq);
  const existing = sql(
    ledger.db,
    'SELECT pdf_file, pdf_sha256 FROM documents WHERE kind = ? AND reference = ? ORDER BY id LIMIT 1',
  ).get(HANDOVER_KIND, figures.baseName) as { pdf_file: string; pdf_sha256: string } | undefined;
  let file: string;
  let hash: string;
  if (existing) {
    file = join(dataDir, existing.pdf_file);
    hash = existing.pdf_sha256;
    if (!existsSync(file) || sha256(readFileSync(file)) !== hash) {
      const bytes = await renderPdf(handoverDoc(figures, receiptHeader(ledger)));
      if (sha256(bytes) !== hash) {
        throw new AppError(
          'STORAGE',
          'Borang serahan {baseName} telah berubah dan tidak dapat dibina semula. Hubungi ICT.',
          { baseName: figures.baseName },
        );
      }
      writeFileDurably(file, bytes);
    }
  } else {
    const bytes = await renderPdf(handoverDoc(figures, receiptHeader(ledger)));
    file = join(dataDir, 'dokumen', 'serahan', `${figures.baseName}-borang-serahan.pdf`);
    writeFileDurably(file, bytes);
    hash = sha256(bytes);
    const stored = relative(dataDir, file).split('\\').join('/');
    registerDocument(ledger, actorId, {
      kind: HANDOVER_KIND,
      reference: figures.baseName,
      data: figures,
      file: stored,
      sha256: hash,
    });
  }
  if (!toPrinter) return { pdfFile: file, sha256: hash, printed: false, printerName: null };
  const printerName = await sendToPrinter(printing, file, 'Borang serahan');
  return { pdfFile: file, sha256: hash, printed: true, printerName };
}

/** The setup slip: the device key's fingerprint (made now if this counter has none yet) for ICT. */
export async function printSetupSlip(
  ledger: Ledger,
  printing: Printing,
  vault: DeviceKeyVault,
  actorId: number,
  toPrinter: boolean,
): Promise<SlipResultView> {
  const dataDir = dataDirOf(ledger);
  if (toPrinter) requirePrinter(printing, 'slip persediaan');
  const device = await ensureDeviceKey(ledger, vault, userActor(actorId));
  const { court } = requireCourtConfig(ledger);
  const names = ictUserIds(ledger);
  const active = sql(ledger.db, 'SELECT fingerprint FROM ict_keys WHERE removed_at IS NULL ORDER BY id').all() as {
    fingerprint: string;
  }[];
  const figures: SetupSlipFigures = {
    courtName: court.courtName,
    courtId: `${court.stateCode}${court.courtCode}`,
    counterId: court.counterId,
    deviceKeyFingerprint: device.view.fingerprint,
    deviceKeyUserId: deviceKeyUserId(ledger),
    deviceKeyCreatedAt: device.view.createdAt,
    ictKeys: active.map((k) => ({ fingerprint: k.fingerprint, userId: names.get(k.fingerprint) ?? null })),
    printedAt: ledger.clock().toISOString(),
  };
  const bytes = await renderPdf(setupSlipDoc(figures, receiptHeader(ledger)));
  const stamp = figures.printedAt.replace(/[:.]/g, '').slice(0, 15);
  const file = join(
    dataDir,
    'dokumen',
    'persediaan',
    `slip-persediaan-${figures.courtId}-${court.counterId}-${stamp}.pdf`,
  );
  writeFileDurably(file, bytes);
  const hash = sha256(bytes);
  registerDocument(ledger, actorId, {
    kind: SETUP_SLIP_KIND,
    reference: device.view.fingerprint,
    data: figures,
    file: relative(dataDir, file).split('\\').join('/'),
    sha256: hash,
  });
  if (!toPrinter) return { pdfFile: file, sha256: hash, printed: false, printerName: null };
  const printerName = await sendToPrinter(printing, file, 'Slip persediaan');
  return { pdfFile: file, sha256: hash, printed: true, printerName };
}
