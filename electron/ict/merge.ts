import { AUDIT_FILE } from '@shared/bundle/format';
import type { CsvRow } from './csv';
import { checkExtends } from './extends';
import { error, warning, type Finding } from './findings';
import type { BundleOutcome, OpenedBundle } from './openBundle';
import { groupBy } from './tables';

export interface Superseded {
  bundle: OpenedBundle;
  by: OpenedBundle;
}

export interface MergeResult {
  failed: Extract<BundleOutcome, { ok: false }>[];
  /** The newest export of each counter: what the worklist is made from. */
  current: OpenedBundle[];
  superseded: Superseded[];
  /** Findings of the current bundles and of the merge itself. */
  findings: Finding[];
  /** Case numbers used for different cases: flagged on every worklist row that carries one. */
  collided: ReadonlySet<string>;
}

/** A counter as ICT knows it: state + court code and counter id, e.g. `05005-K1`. */
export function counterOf(bundle: OpenedBundle): string {
  const { court, counter } = bundle.manifest;
  return `${court.stateCode}${court.courtCode}-${counter}`;
}

/**
 * Device keys that a counter's own chain says replaced an earlier one (`deviceKey.replace`, made when a
 * counter was restored onto a new PC): old fingerprint → new. Read from verified bundles only.
 */
function keySuccessors(bundles: readonly OpenedBundle[]): Map<string, string> {
  const next = new Map<string, string>();
  for (const b of bundles) {
    const text = new TextDecoder().decode(b.files.get(AUDIT_FILE) ?? new Uint8Array());
    for (const line of text.split('\n')) {
      if (!line.includes('"deviceKey.replace"')) continue;
      const event = JSON.parse(line) as {
        action?: string;
        data?: { previousFingerprint?: string; fingerprint?: string };
      };
      const { previousFingerprint: from, fingerprint: to } = event.data ?? {};
      if (event.action === 'deviceKey.replace' && from && to) next.set(from.toLowerCase(), to.toLowerCase());
    }
  }
  return next;
}

/** The device a bundle belongs to: its signing key, or the key that replaced it (followed to the last). */
function deviceOf(bundle: OpenedBundle, successors: ReadonlyMap<string, string>): string {
  let fingerprint = bundle.manifest.deviceKeyFingerprint.toLowerCase();
  const seen = new Set<string>();
  while (successors.has(fingerprint) && !seen.has(fingerprint)) {
    seen.add(fingerprint);
    fingerprint = successors.get(fingerprint) as string;
  }
  return fingerprint;
}

function byCounter(bundles: readonly OpenedBundle[], successors: ReadonlyMap<string, string>) {
  return groupBy(bundles, (b) => `${counterOf(b)} ${deviceOf(b, successors)}`);
}

function twoDevices(bundles: readonly OpenedBundle[], successors: ReadonlyMap<string, string>): Finding[] {
  const devices = new Map<string, Set<string>>();
  for (const b of bundles)
    devices.set(counterOf(b), (devices.get(counterOf(b)) ?? new Set()).add(deviceOf(b, successors)));
  return [...devices]
    .filter(([, fps]) => fps.size > 1)
    .map(([counter, fps]) =>
      error(
        'COUNTER_TWO_DEVICES',
        `Kaunter ${counter} dieksport oleh ${fps.size} peranti berlainan (${[...fps].join(', ')}): semua disertakan, semak pertembungan nombor.`,
        `Counter ${counter} was exported by ${fps.size} different devices (${[...fps].join(', ')}): all are included, check for number collisions.`,
      ),
    );
}

/** Picks the newest export of one device's counter; checks the export chain between the ones given. */
function newest(group: OpenedBundle[], findings: Finding[]): { current: OpenedBundle; older: OpenedBundle[] } {
  const sorted = [...group].sort((a, b) => b.manifest.export.seq - a.manifest.export.seq);
  const [current, ...older] = sorted as [OpenedBundle, ...OpenedBundle[]];
  const bySeq = new Map<number, OpenedBundle>();
  for (const b of sorted) {
    const seen = bySeq.get(b.manifest.export.seq);
    if (seen && seen.sha256 !== b.sha256) {
      findings.push(
        error(
          'EXPORT_DOUBLE',
          `Kaunter ${counterOf(b)}: dua eksport berlainan dengan nombor urutan ${b.manifest.export.seq} (${seen.base}, ${b.base}).`,
          `Counter ${counterOf(b)}: two different exports with sequence ${b.manifest.export.seq} (${seen.base}, ${b.base}).`,
        ),
      );
    }
    if (!seen) bySeq.set(b.manifest.export.seq, b);
  }
  for (const b of bySeq.values()) {
    const before = bySeq.get(b.manifest.export.seq - 1);
    if (before && b.manifest.export.previousSha256 !== before.sha256) {
      findings.push(
        error(
          'EXPORT_CHAIN',
          `${b.base}: SHA-256 eksport sebelumnya tidak sepadan dengan ${before.base}.`,
          `${b.base}: the previous export's SHA-256 does not match ${before.base}.`,
        ),
      );
    }
  }
  // Oldest to newest, each export of the counter must extend the one before it.
  const inOrder = [...bySeq.values()].sort((a, b) => a.manifest.export.seq - b.manifest.export.seq);
  for (let i = 1; i < inOrder.length; i++) {
    const [before, after] = [inOrder[i - 1], inOrder[i]];
    if (before && after) findings.push(...checkExtends(before, after, counterOf(after)));
  }
  return { current, older };
}

function partiesOf(bundle: OpenedBundle, caseNumber: string): string {
  return bundle.tables.parties
    .filter((p) => p.case_number === caseNumber)
    .map(
      (p) =>
        `${p.role}:${(p.name ?? '').trim().toUpperCase()}:${(p.id_number ?? '').replace(/[^0-9A-Z]/gi, '').toUpperCase()}`,
    )
    .sort()
    .join('|');
}

interface CaseUse {
  bundle: OpenedBundle;
  row: CsvRow;
}

/**
 * The same case number in more than one counter's bundle is a collision when two counters numbered
 * it (both MANUAL), or when the records disagree on case type or parties. Two counters recording
 * a payment on the same existing ESV3 case is not. A COURT_COUNTER row (a counter took another counter's
 * case to receive a document or a payment on it, issue 20) is not a use of the number: it is checked
 * against the case its origin counter registered (`courtCaseOrigins`).
 */
function collisions(current: readonly OpenedBundle[]): { findings: Finding[]; numbers: Set<string> } {
  const all: CaseUse[] = current
    .flatMap((bundle) => bundle.tables.cases.map((row) => ({ bundle, row })))
    .filter((u) => u.row.source !== 'COURT_COUNTER');
  const uses = groupBy(all, (u) => u.row.case_number ?? '');
  const findings: Finding[] = [];
  const numbers = new Set<string>();
  for (const [n, list] of uses) {
    // Two bundles of one counter only meet here when two devices claim it: they collide like two counters.
    if (list.length < 2 || new Set(list.map((u) => u.bundle)).size < 2) continue;
    const manual = list.filter((u) => u.row.source === 'MANUAL').length;
    const shapes = new Set(list.map((u) => `${u.row.case_type_code}#${partiesOf(u.bundle, n)}`));
    if (manual < 2 && shapes.size < 2) continue;
    numbers.add(n);
    const who = list
      .map(
        (u) =>
          `${counterOf(u.bundle)} (${u.row.case_type_code}, ${u.bundle.tables.parties.find((p) => p.case_number === n)?.name ?? '—'})`,
      )
      .join('; ');
    findings.push(
      error(
        'CASE_COLLISION',
        `Nombor kes ${n} digunakan bagi kes berlainan: ${who}.`,
        `Case number ${n} is used for different cases: ${who}.`,
      ),
    );
  }
  return { findings, numbers };
}

/**
 * Each COURT_COUNTER case must be its origin counter's case: the origin's bundle (when merged) holds the
 * number, of the same case type, as its own. Else the number is flagged like a collision.
 */
function courtCaseOrigins(current: readonly OpenedBundle[]): { findings: Finding[]; numbers: Set<string> } {
  const findings: Finding[] = [];
  const numbers = new Set<string>();
  for (const bundle of current) {
    for (const row of bundle.tables.cases.filter((c) => c.source === 'COURT_COUNTER')) {
      const n = row.case_number ?? '';
      const origin = current.find(
        (b) =>
          b.manifest.counter === row.origin_counter &&
          b.manifest.court.stateCode === bundle.manifest.court.stateCode &&
          b.manifest.court.courtCode === bundle.manifest.court.courtCode,
      );
      if (!origin) {
        findings.push(
          warning(
            'COURT_CASE_ORIGIN',
            `${counterOf(bundle)}: kes ${n} didaftarkan di Kaunter ${row.origin_counter ?? '—'}, tetapi eksport kaunter itu tiada dalam gabungan ini.`,
            `${counterOf(bundle)}: case ${n} was registered at counter ${row.origin_counter ?? '—'}, but that counter's export is not in this merge.`,
          ),
        );
        continue;
      }
      const own = origin.tables.cases.find((c) => c.case_number === n && c.source !== 'COURT_COUNTER');
      if (own && own.case_type_code === row.case_type_code) continue;
      numbers.add(n);
      findings.push(
        error(
          'COURT_CASE_ORIGIN',
          `${counterOf(bundle)}: kes ${n} dikatakan kes Kaunter ${row.origin_counter ?? '—'}, tetapi eksport kaunter itu ${own ? `mencatatnya sebagai kes ${own.case_type_code ?? '—'}` : 'tidak mempunyainya'}.`,
          `${counterOf(bundle)}: case ${n} is said to be counter ${row.origin_counter ?? '—'}'s, but that counter's export ${own ? `records it as a ${own.case_type_code ?? '—'} case` : 'does not hold it'}.`,
        ),
      );
    }
  }
  return { findings, numbers };
}

/** Receipt numbers found in two bundles, told once per pair of bundles with the first few numbers. */
function receiptDoubles(current: readonly OpenedBundle[]): Finding[] {
  const owner = new Map<string, OpenedBundle>();
  const shared = new Map<string, { a: OpenedBundle; b: OpenedBundle; numbers: string[] }>();
  for (const bundle of current) {
    for (const r of bundle.tables.receipts) {
      const n = r.receipt_number ?? '';
      const other = owner.get(n);
      if (!other) owner.set(n, bundle);
      else if (other !== bundle) {
        const key = `${current.indexOf(other)}/${current.indexOf(bundle)}`;
        const pair = shared.get(key) ?? { a: other, b: bundle, numbers: [] };
        pair.numbers.push(n);
        shared.set(key, pair);
      }
    }
  }
  return [...shared.values()].map(({ a, b, numbers }) => {
    const shown = `${numbers.slice(0, 3).join(', ')}${numbers.length > 3 ? ' …' : ''}`;
    return error(
      'RECEIPT_DOUBLE',
      `${numbers.length} nombor resit ada dalam kedua-dua ${a.base} dan ${b.base} (${shown}).`,
      `${numbers.length} receipt number(s) are in both ${a.base} and ${b.base} (${shown}).`,
    );
  });
}

/** Merges the opened bundles: newest export per counter, then the checks that span counters. */
export function mergeBundles(outcomes: readonly BundleOutcome[]): MergeResult {
  const failed = outcomes.filter((o): o is Extract<BundleOutcome, { ok: false }> => !o.ok);
  const opened = outcomes.flatMap((o) => (o.ok ? [o.bundle] : []));
  const successors = keySuccessors(opened);
  const findings: Finding[] = [...twoDevices(opened, successors)];
  const current: OpenedBundle[] = [];
  const superseded: Superseded[] = [];
  for (const group of byCounter(opened, successors).values()) {
    const pick = newest(group, findings);
    current.push(pick.current);
    superseded.push(...pick.older.map((bundle) => ({ bundle, by: pick.current })));
  }
  current.sort((a, b) => counterOf(a).localeCompare(counterOf(b)));
  const clash = collisions(current);
  const origins = courtCaseOrigins(current);
  findings.push(
    ...current.flatMap((b) => b.findings),
    ...clash.findings,
    ...origins.findings,
    ...receiptDoubles(current),
  );
  return { failed, current, superseded, findings, collided: new Set([...clash.numbers, ...origins.numbers]) };
}
