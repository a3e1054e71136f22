import { describe, expect, it } from 'vitest';
import { withDocument } from './afterRecord';

function recordingLog() {
  const lines: { message: string; detail: unknown }[] = [];
  return { lines, error: (message: string, detail?: unknown) => lines.push({ message, detail }) };
}

describe('a record, then its document', () => {
  it('answers the record with its document when the document is made', async () => {
    const log = recordingLog();
    const made = await withDocument({ id: 7, pdf: null as string | null }, async (r) => ({ ...r, pdf: 'a.pdf' }), {
      log,
      failed: 'receipt 7: PDF not saved',
    });
    expect(made).toEqual({ id: 7, pdf: 'a.pdf' });
    expect(log.lines).toEqual([]);
  });

  it('keeps the record as it is and logs why when the document fails', async () => {
    const log = recordingLog();
    const record = { id: 7, pdf: null };
    const disk = new Error('ENOSPC: no space left on device');
    const kept = await withDocument(record, () => Promise.reject(disk), { log, failed: 'receipt 7: PDF not saved' });
    expect(kept).toBe(record);
    expect(log.lines).toEqual([{ message: 'receipt 7: PDF not saved', detail: disk }]);
  });
});
