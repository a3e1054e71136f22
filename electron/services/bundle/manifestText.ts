import type { BundleManifest } from '@shared/bundle/format';
import { PAYMENT_METHOD_LABELS, type PaymentMethod } from '@shared/domain';
import { fingerprintGroups } from '../documents/handoverDoc';
import { rm } from './snapshot';

const methodName = (method: string): string => PAYMENT_METHOD_LABELS[method as PaymentMethod] ?? method;

/**
 * `….manifest.txt`: the bundle's figures for people, and the SHA-256 of the `.pgp` so a copy can be
 * checked (`sha256sum`, `certutil -hashfile`) without decrypting. Malay, with English in brackets.
 */
export function manifestText(manifest: BundleManifest, pgpName: string, pgpSha256: string, pgpBytes: number): string {
  const lines: string[] = [
    'KAUNTER SANDARAN — BUNDLE PENYESUAIAN (RECONCILIATION BUNDLE)',
    `Format: ${manifest.format} v${manifest.version}; aplikasi ${manifest.app.name} ${manifest.app.version}`,
    '',
    `Fail (file)                  : ${pgpName}`,
    `SHA-256                      : ${pgpSha256}`,
    `Saiz (bytes)                 : ${pgpBytes}`,
    '',
    `Mahkamah (court)             : ${manifest.court.name} (${manifest.court.stateCode}${manifest.court.courtCode})`,
    `Kaunter (counter)            : ${manifest.counter}`,
    `Cap jari kunci peranti       : ${fingerprintGroups(manifest.deviceKeyFingerprint)}`,
    `  (device key fingerprint)`,
    `Nombor eksport (export seq)  : ${manifest.export.seq}`,
    `Masa eksport (exported at)   : ${manifest.export.at}`,
    `Eksport oleh (by)            : ${manifest.export.by ?? '-'}`,
    `SHA-256 eksport sebelumnya   : ${manifest.export.previousSha256 ?? '- (eksport pertama / first export)'}`,
    `Eksport akhir (final)        : ${manifest.export.final ? 'Ya' : 'Tidak'}`,
    '',
    'Gangguan (outages):',
    ...manifest.outages.flatMap((o) => [
      `  #${o.id} opsyen SOP ${o.sopOption}: ${o.startedAt} hingga ${o.closedAt ?? '(masih dibuka / open)'}`,
      ...(o.periods ?? [])
        .filter((p) => p.fromOption !== null)
        .map(
          (p) =>
            `    ${p.startedAt} opsyen ${p.fromOption} -> ${p.sopOption} oleh (by) ${p.startedBy}: ${p.reason ?? ''}`,
        ),
    ]),
    '',
    'Bilangan (counts):',
    ...Object.entries(manifest.counts).map(([k, v]) => `  ${k.padEnd(26)} ${v}`),
    '',
    'Jumlah kutipan (totals, resit dikeluarkan / issued):',
    `  Jumlah (total)             RM ${manifest.totals.issuedRm}`,
    ...Object.entries(manifest.totals.byMethodSen).map(
      ([method, sen]) => `  ${methodName(method).padEnd(26)} RM ${rm(sen) ?? '0.00'}`,
    ),
    `  Resit batal (cancelled)    RM ${rm(manifest.totals.cancelledSen) ?? '0.00'}`,
    '',
    'Julat nombor kes (case number ranges):',
    ...(manifest.ranges.caseNumbers.length === 0
      ? ['  -']
      : manifest.ranges.caseNumbers.map((r) => `  ${r.scope}: ${r.first} … ${r.last} (${r.count})`)),
    'Julat nombor resit (receipt number ranges):',
    ...(manifest.ranges.receiptNumbers.length === 0
      ? ['  -']
      : manifest.ranges.receiptNumbers.map((r) => `  ${r.series}: ${r.first} … ${r.last} (${r.count})`)),
    '',
    `Rantaian audit (audit chain): ${manifest.audit.length} peristiwa, kepala (head) ${manifest.audit.head}`,
    '',
    'Fail dalam ZIP (files inside the ZIP):',
    ...manifest.files.map((f) => `  ${f.name.padEnd(18)} ${String(f.rows).padStart(8)} baris  ${f.sha256}`),
    '',
    'Buka dengan (open with): gpg --import <…>.device-key.asc; gpg --decrypt <…>.zip.pgp > bundle.zip',
    'Bandingkan cap jari kunci peranti dengan slip persediaan kaunter (compare the fingerprint with the setup slip).',
    '',
  ];
  return lines.join('\r\n');
}
