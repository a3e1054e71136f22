import { createHash } from 'node:crypto';
import type { BundleManifest } from '@shared/bundle/format';
import { canonicalJson } from '@shared/canonicalJson';
import { error, type Finding } from './findings';

const GENESIS = '0'.repeat(64);

/** An event of audit.jsonl as parsed; its fields are checked by the chain, not trusted by type. */
export type AuditRecord = Record<string, unknown>;

export interface ChainResult {
  length: number;
  head: string;
  /** The events up to the first break (all of them when the chain holds). */
  events: AuditRecord[];
  findings: Finding[];
}

function broken(seq: number, ms: string, en: string): Finding {
  return error(
    'AUDIT_CHAIN',
    `Rantaian audit rosak pada peristiwa ${seq}: ${ms}`,
    `Audit chain broken at event ${seq}: ${en}`,
  );
}

/**
 * Recomputes audit.jsonl as docs/ARCHITECTURE.md defines it: seq from 1 without gaps, each `prev` the previous
 * event's hash (64 zeros first), each `hash` the SHA-256 of the canonical JSON of the event without
 * `hash`. Stops at the first break: everything after it hangs on the broken link.
 */
export function checkAuditChain(bytes: Uint8Array, manifest: BundleManifest): ChainResult {
  const lines = new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  let prev = GENESIS;
  let seq = 0;
  const findings: Finding[] = [];
  const events: AuditRecord[] = [];
  for (const line of lines) {
    const expected = seq + 1;
    let event: Record<string, unknown>;
    try {
      const parsed = JSON.parse(line) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      event = parsed as Record<string, unknown>;
    } catch {
      findings.push(broken(expected, 'baris bukan objek JSON.', 'the line is not a JSON object.'));
      break;
    }
    const { hash, ...unsigned } = event;
    if (event.seq !== expected) {
      findings.push(
        broken(
          expected,
          `peristiwa ${expected} tiada (dijumpai ${String(event.seq)}).`,
          `event ${expected} is missing (found ${String(event.seq)}).`,
        ),
      );
      break;
    }
    if (event.prev !== prev) {
      findings.push(
        broken(
          expected,
          'pautan kepada peristiwa sebelumnya tidak sepadan.',
          'its link to the previous event does not match.',
        ),
      );
      break;
    }
    const actual = createHash('sha256').update(canonicalJson(unsigned), 'utf8').digest('hex');
    if (hash !== actual) {
      findings.push(
        broken(
          expected,
          'kandungannya telah diubah (cincangan tidak sepadan).',
          'its contents were changed (the hash does not match).',
        ),
      );
      break;
    }
    prev = actual;
    seq = expected;
    events.push(event);
  }
  if (findings.length === 0 && (manifest.audit.length !== seq || manifest.audit.head !== prev)) {
    findings.push(
      error(
        'AUDIT_HEAD',
        `Rantaian audit: ${seq} peristiwa, kepala ${prev.slice(0, 12)}…; manifest menyatakan ${manifest.audit.length}, ${manifest.audit.head.slice(0, 12)}….`,
        `Audit chain: ${seq} events, head ${prev.slice(0, 12)}…; the manifest says ${manifest.audit.length}, ${manifest.audit.head.slice(0, 12)}….`,
      ),
    );
  }
  return { length: lines.length, head: prev, events, findings };
}
