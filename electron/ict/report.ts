import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type PaymentMethod } from '@shared/domain';
import { rmOf } from './amounts';
import type { Finding } from './findings';
import { counterOf, type MergeResult } from './merge';
import type { FolderCounter } from './openFolder';
import type { MoneyTotals } from './totals';
import type { WorklistRow } from './worklist';

/** Everything in the report that came from a bundle passes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;

/** A method's Malay label with its code, escaped: the code is what the CSVs hold. */
function methodHead(method: string): string {
  const known = (PAYMENT_METHODS as readonly string[]).includes(method);
  return known ? `${e(PAYMENT_METHOD_LABELS[method as PaymentMethod])} / ${e(method)}` : e(method);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '<p class="none">Tiada. <i>None.</i></p>';
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function findingRows(findings: readonly Finding[]): string[][] {
  return findings.map((f) => [
    f.severity === 'error' ? 'RALAT / ERROR' : 'AMARAN / WARNING',
    f.bundle ?? '—',
    f.ms,
    f.en,
  ]);
}

/** Totals of several bundles added up. */
export function addTotals(list: readonly MoneyTotals[]): MoneyTotals {
  const sum: MoneyTotals = {
    issuedSen: 0,
    cancelledSen: 0,
    issuedCount: 0,
    cancelledCount: 0,
    byMethodSen: {},
    byDaySen: {},
  };
  for (const t of list) {
    sum.issuedSen += t.issuedSen;
    sum.cancelledSen += t.cancelledSen;
    sum.issuedCount += t.issuedCount;
    sum.cancelledCount += t.cancelledCount;
    for (const [m, sen] of Object.entries(t.byMethodSen)) sum.byMethodSen[m] = (sum.byMethodSen[m] ?? 0) + sen;
    for (const [day, methods] of Object.entries(t.byDaySen)) {
      const d = (sum.byDaySen[day] ??= {});
      for (const [m, sen] of Object.entries(methods)) d[m] = (d[m] ?? 0) + sen;
    }
  }
  return sum;
}

const STYLE = `body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em;color:#111}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #999}
small,i{color:#555}table{border-collapse:collapse;font-size:.85em;margin:.5em 0}td,th{border:1px solid #bbb;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#eee}.ok{color:#060;font-weight:bold}.bad{color:#a00;font-weight:bold}.none{color:#555}`;

export interface ReportInput {
  merge: MergeResult;
  worklist: readonly WorklistRow[];
  generatedAt: string;
  clean: boolean;
  /** `ict merge --folder`: what each counter's segments gave; null when bundles were merged. */
  folder?: readonly FolderCounter[] | null;
}

/** The court folder's counters: segments used, up to which event, where a problem stopped them. */
function folderSection(folder: readonly FolderCounter[]): string {
  return `<h2>Folder mahkamah <small>Court folder (merged instead of bundles)</small></h2>
<p>Setiap kaunter dibina semula daripada segmen yang diterbitkannya, termasuk acara selepas eksport terakhirnya. Tiada dalam segmen: janji temu, dokumen dan notis, tarikh sebutan, tutup hari, dan apa-apa yang belum diterbitkan (kaunter yang tidak dapat mencapai folder).
<i>Each counter is rebuilt from the segments it published, events after its last export included. Not in the segments: appointments, documents and notices, hearing dates, day closes, and whatever is not yet published (a counter that could not reach the folder).</i></p>
${table(
  [
    'Kaunter / counter',
    'Segmen / segments',
    'Acara / events',
    'Acara terakhir / last event',
    'Diterbitkan / published',
    'Berhenti / stopped',
  ],
  folder.map((c) => [
    `${c.court}-${c.counter}`,
    c.segments ? `1–${c.segments}` : '0',
    c.lastSeq ? `1–${c.lastSeq}` : '0',
    c.lastEventAt ?? '—',
    c.lastPublishedAt ?? '—',
    c.problem ? `segmen / segment ${c.problem.segmentNo}: ${c.problem.kind}` : '—',
  ]),
)}`;
}

/** report.html: one self-contained page (no scripts, no outside files), Malay with English below. */
export function reportHtml({ merge, worklist, generatedAt, clean, folder }: ReportInput): string {
  const all = addTotals(merge.current.map((b) => b.totals));
  const methods = Object.keys(all.byMethodSen).sort();
  const days = Object.keys(all.byDaySen).sort();
  const perCounter = merge.current.map((b) => [
    counterOf(b),
    b.manifest.court.name,
    String(b.manifest.export.seq),
    b.manifest.export.at,
    b.signerFingerprint,
    String(b.tables.cases.length),
    String(b.totals.issuedCount),
    rmOf(b.totals.issuedSen),
    `${b.totals.cancelledCount} (RM ${rmOf(b.totals.cancelledSen)})`,
    ...methods.map((m) => rmOf(b.totals.byMethodSen[m] ?? 0)),
  ]);
  const perDay = days.map((d) => [
    d,
    ...methods.map((m) => rmOf(all.byDaySen[d]?.[m] ?? 0)),
    rmOf(Object.values(all.byDaySen[d] ?? {}).reduce((a, b) => a + b, 0)),
  ]);
  const verdict = clean
    ? '<p class="ok">BERSIH: semua berkas dibuka dan semua semakan lulus. <i>CLEAN: every bundle opened and every check passed.</i></p>'
    : '<p class="bad">TIDAK BERSIH: lihat masalah di bawah. <i>NOT CLEAN: see the problems below.</i></p>';
  return `<!doctype html>
<html lang="ms"><head><meta charset="utf-8"><title>Laporan gabungan berkas kaunter</title><style>${STYLE}</style></head>
<body>
<h1>Laporan gabungan berkas Kaunter Sandaran<br><small>Merge report of the counter bundles</small></h1>
<p>Dijana / generated: ${e(generatedAt)}</p>
${verdict}
${folder ? folderSection(folder) : ''}
<h2>Berkas gagal dibuka atau tidak disahkan <small>Bundles that could not be opened or verified (not in the worklist)</small></h2>
${table(
  ['Berkas / bundle', 'Sebab', 'Reason'],
  merge.failed.map((f) => [f.base, f.failure.ms, f.failure.en]),
)}
<h2>Masalah dan amaran <small>Problems and warnings</small></h2>
${table(['Tahap / level', 'Berkas / bundle', 'Masalah', 'Problem'], findingRows(merge.findings))}
<h2>Kaunter <small>Counters (newest export of each)</small></h2>
${table(['Kaunter / counter', 'Mahkamah / court', 'Eksport / export', 'Masa / time', 'Cap jari / fingerprint', 'Kes / cases', 'Resit / receipts', 'Jumlah RM / total', 'Batal / cancelled', ...methods.map(methodHead)], perCounter)}
<h2>Eksport lama yang diganti <small>Older exports superseded</small></h2>
${table(
  ['Berkas / bundle', 'Diganti oleh / superseded by'],
  merge.superseded.map((s) => [s.bundle.base, s.by.base]),
)}
<h2>Jumlah mengikut hari dan cara bayaran <small>Totals by day and method (issued receipts)</small></h2>
${table(['Tarikh / date', ...methods.map(methodHead), 'Jumlah / total'], perDay)}
<p>Jumlah keseluruhan / grand total: RM ${rmOf(all.issuedSen)} (${all.issuedCount} resit / receipts); batal / cancelled RM ${rmOf(all.cancelledSen)} (${all.cancelledCount}).</p>
<h2>Senarai kerja ESV3 <small>ESV3 worklist, in registration order (also in worklist.csv)</small></h2>
${table(
  [
    'Bil',
    'Didaftar / registered',
    'Kaunter',
    'No. kes / case no.',
    'Jenis / type',
    'Pihak / parties',
    'Rujukan ESV3 / reference',
    'RM',
    'Status',
    'Catatan / flags',
  ],
  worklist.map((w) => [
    w.bil,
    w.registered_at,
    `${w.court_code}-${w.counter}`,
    w.case_number,
    `${w.case_type_code} ${w.case_type_name}`,
    w.parties,
    w.esv3_reference,
    w.amount_rm,
    w.case_status,
    w.flags,
  ]),
)}
</body></html>
`;
}
