import type { BundleManifest } from '@shared/bundle/format';
import type { CsvRow } from './csv';
import { runsText } from './amounts';
import { error, warning, type Finding } from './findings';
import { groupBy, receiptRunning, receiptSeries } from './tables';

interface Numbered {
  number: string;
  running: number;
}

interface Range {
  first: string;
  last: string;
  count: number;
}

function rangeOf(items: Numbered[]): Range {
  const sorted = [...items].sort((a, b) => a.running - b.running);
  return { first: sorted[0]?.number ?? '', last: sorted.at(-1)?.number ?? '', count: items.length };
}

function sameRanges(a: Range[], b: readonly Range[], withCount: boolean): boolean {
  const keyOf = (r: Range) => `${r.first}|${r.last}${withCount ? `|${r.count}` : ''}`;
  const left = a.map(keyOf).sort();
  const right = b.map(keyOf).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}

function doubles(numbers: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const n of numbers) (seen.has(n) ? twice : seen).add(n);
  return [...twice];
}

/** Running numbers from `from` (or the lowest held) up to the highest held that no item holds. */
function missing(items: readonly Numbered[], from?: number): number[] {
  const held = new Set(items.map((i) => i.running));
  const all = [...held].sort((a, b) => a - b);
  const out: number[] = [];
  for (let n = from ?? all[0] ?? 1; n <= (all.at(-1) ?? 0); n += 1) if (!held.has(n)) out.push(n);
  return out;
}

/**
 * Case numbers: none used twice; within each scope the numbers this counter gave run without gaps
 * (a gap is a warning: a raised ESV3 figure makes one legitimately); the ranges agree with the
 * manifest. The scope (court + type + year, or court + year) is the one whose ranges the manifest
 * lists, so the reader does not depend on how the writer names scopes.
 */
export function checkCaseNumbers(cases: readonly CsvRow[], manifest: BundleManifest): Finding[] {
  const findings: Finding[] = [];
  for (const n of doubles(cases.map((c) => c.case_number ?? ''))) {
    findings.push(
      error('CASE_DOUBLE', `Nombor kes ${n} digunakan lebih sekali.`, `Case number ${n} is used more than once.`),
    );
  }
  const numbered = cases
    .filter((c) => c.source === 'MANUAL' && /^\d+$/.test(c.running_number ?? ''))
    .map((c) => ({ row: c, number: c.case_number ?? '', running: Number(c.running_number) }));
  const perType = groupBy(numbered, (c) => `${c.row.court_code}/${c.row.case_type_code}/${c.row.year}`);
  const perCourt = groupBy(numbered, (c) => `${c.row.court_code}/${c.row.year}`);
  const claimed = manifest.ranges.caseNumbers;
  const rangesOf = (groups: Map<string, Numbered[]>) => [...groups.values()].map(rangeOf);
  const groups =
    sameRanges(rangesOf(perCourt), claimed, false) && !sameRanges(rangesOf(perType), claimed, false)
      ? perCourt
      : perType;
  if (!sameRanges(rangesOf(groups), claimed, true)) {
    const ours =
      rangesOf(groups)
        .map((r) => `${r.first}…${r.last} (${r.count})`)
        .join('; ') || '—';
    const theirs = claimed.map((r) => `${r.first}…${r.last} (${r.count})`).join('; ') || '—';
    findings.push(
      error(
        'CASE_RANGE',
        `Julat nombor kes tidak sepadan dengan manifest: fail ${ours}; manifest ${theirs}.`,
        `Case number ranges do not match the manifest: files ${ours}; manifest ${theirs}.`,
      ),
    );
  }
  for (const [scope, items] of groups) {
    for (const n of doubles(items.map((i) => String(i.running)))) {
      findings.push(
        error(
          'CASE_DOUBLE',
          `Skop ${scope}: nombor siri ${n} digunakan lebih sekali.`,
          `Scope ${scope}: running number ${n} is used more than once.`,
        ),
      );
    }
    const gaps = missing(items);
    if (gaps.length > 0) {
      findings.push(
        warning(
          'CASE_GAP',
          `Skop ${scope}: nombor siri kes tidak berturutan, tiada ${runsText(gaps)} (semak jika angka ESV3 dinaikkan).`,
          `Scope ${scope}: case running numbers are not continuous, missing ${runsText(gaps)} (check whether the ESV3 figure was raised).`,
        ),
      );
    }
  }
  return findings;
}

/**
 * Receipts: each counter series (court, counter, year) is gapless from 1, with no number twice,
 * and agrees with the manifest's first, last and count.
 */
export function checkReceiptNumbers(receipts: readonly CsvRow[], manifest: BundleManifest): Finding[] {
  const findings: Finding[] = [];
  for (const n of doubles(receipts.map((r) => r.receipt_number ?? ''))) {
    findings.push(
      error(
        'RECEIPT_DOUBLE',
        `Nombor resit ${n} digunakan lebih sekali.`,
        `Receipt number ${n} is used more than once.`,
      ),
    );
  }
  const numbered: Numbered[] = [];
  for (const row of receipts) {
    const running = receiptRunning(row);
    if (running === null) {
      findings.push(
        error(
          'RECEIPT_RANGE',
          `Nombor resit ${row.receipt_number} tiada nombor siri.`,
          `Receipt number ${row.receipt_number} has no running number.`,
        ),
      );
    } else {
      numbered.push({ number: row.receipt_number ?? '', running });
    }
  }
  const series = groupBy(numbered, (r) => receiptSeries(r.number));
  if (!sameRanges([...series.values()].map(rangeOf), manifest.ranges.receiptNumbers, true)) {
    findings.push(
      error(
        'RECEIPT_RANGE',
        'Julat nombor resit tidak sepadan dengan manifest.',
        'Receipt number ranges do not match the manifest.',
      ),
    );
  }
  for (const [name, items] of series) {
    const width = (items[0]?.number.length ?? 0) - name.length - 1;
    const gaps = missing(items, 1);
    if (gaps.length > 0) {
      const shown = runsText(gaps, (n) => `${name}-${String(n).padStart(width, '0')}`);
      findings.push(
        error(
          'RECEIPT_GAP',
          `Siri resit ${name} tidak berturutan: tiada ${shown}.`,
          `Receipt series ${name} has a gap: missing ${shown}.`,
        ),
      );
    }
  }
  return findings;
}
