import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../../renderer/src/i18n/strings';
import { auditActionLabel } from '../../renderer/src/lib/auditActions';

/** Every audit action a service records (`action: '…'` in electron/services, tests left out). */
function recordedActions(dir = join(import.meta.dirname, '..', '..', 'electron', 'services')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return recordedActions(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [...readFileSync(path, 'utf8').matchAll(/\baction: '([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)].map((m) => m[1] ?? '');
  });
}

afterEach(() => showLanguage('ms'));

describe('auditActionLabel', () => {
  it.each(['ms', 'en'] as const)('has words (%s) for every action the ledger records, never the raw code', (lang) => {
    showLanguage(lang);
    const actions = [...new Set(recordedActions())];
    expect(actions).toContain('receipt.print');
    expect(actions.filter((a) => auditActionLabel(a) === a)).toEqual([]);
  });
});
