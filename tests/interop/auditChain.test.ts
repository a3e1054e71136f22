import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/services/bundle/exportBundle';
import { counterWithRecords, openBundle } from '../support/bundle';
import { tempDir } from '../support/ledger';

/*
 * The audit chain in audit.jsonl, recomputed the way an outsider would: this file's own RFC 8785
 * canonical JSON and SHA-256, not the app's (shared/canonicalJson.ts, services/ledger/audit.ts).
 */

/** RFC 8785 for what the chain holds: null, booleans, strings, safe integers, arrays, objects. */
function jcs(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`a number this test does not canonicalise: ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(jcs).join(',')}]`;
  if (typeof value === 'object') {
    // Keys sorted by UTF-16 code units: plain string comparison, no locale.
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const record = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}:${jcs(record[k])}`).join(',')}}`;
  }
  throw new Error(`a value this test does not canonicalise: ${typeof value}`);
}

describe('audit.jsonl', () => {
  it('is a chain an outsider can recompute, ending at the manifest head', async () => {
    const counter = await counterWithRecords(5);
    const out = tempDir('kaunter-usb-');
    const result = await exportBundle(counter.ledger, { folder: out, vault: counter.vault, by: null });
    const { files, manifest } = await openBundle(
      readFileSync(join(out, result.files.pgp)),
      readFileSync(join(out, result.files.deviceKey), 'utf8'),
    );
    const text = Buffer.from(files['audit.jsonl'] as Uint8Array).toString('utf8');
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    let prev = '0'.repeat(64);
    let seq = 0;
    for (const line of lines) {
      const { hash, ...event } = JSON.parse(line) as Record<string, unknown> & {
        hash: string;
        seq: number;
        prev: string;
      };
      seq += 1;
      expect(event.seq).toBe(seq);
      expect(event.prev).toBe(prev);
      expect(Object.keys(event).sort()).toEqual(['action', 'actor', 'at', 'data', 'entity', 'entityId', 'prev', 'seq']);
      expect(createHash('sha256').update(jcs(event), 'utf8').digest('hex'), `event ${seq}`).toBe(hash);
      prev = hash;
    }
    const { audit } = manifest as { audit: { length: number; head: string } };
    expect(audit).toEqual({ length: lines.length, head: prev });
    expect(lines.length).toBeGreaterThan(15);
    // Something the counter did is in it, with its data.
    expect(text).toContain('"action":"receipt.cancel"');
  });

  it('catches one changed character in one event', async () => {
    const counter = await counterWithRecords(2);
    const out = tempDir('kaunter-usb-');
    const result = await exportBundle(counter.ledger, { folder: out, vault: counter.vault, by: null });
    const { files } = await openBundle(
      readFileSync(join(out, result.files.pgp)),
      readFileSync(join(out, result.files.deviceKey), 'utf8'),
    );
    const lines = Buffer.from(files['audit.jsonl'] as Uint8Array)
      .toString('utf8')
      .trim()
      .split('\n');
    const tampered = (lines[3] ?? '').replace('T01:00:00.000Z', 'T01:00:01.000Z');
    expect(tampered).not.toBe(lines[3]);
    const { hash, ...event } = JSON.parse(tampered) as Record<string, unknown> & { hash: string };
    expect(createHash('sha256').update(jcs(event), 'utf8').digest('hex')).not.toBe(hash);
  });
});
