import { describe, expect, it } from 'vitest';
import { bookSource } from './bookSource';

describe('the source column of the Buku Daftar', () => {
  it('tells ESV2, existing, provisional and ESV3-given numbers apart', () => {
    expect(bookSource({ source: 'ESV2', esv3CaseNumber: null })).toBe('ESV2');
    expect(bookSource({ source: 'ESV3_EXISTING', esv3CaseNumber: null })).toBe('EXISTING');
    expect(bookSource({ source: 'MANUAL', esv3CaseNumber: null })).toBe('PROVISIONAL');
    expect(bookSource({ source: 'MANUAL', esv3CaseNumber: '05005-024-0905-2026' })).toBe('GIVEN');
  });
});
