/**
 * The printed documents' Malay against docs/GLOSARI.md (issue 23): every builder in the documents folder,
 * so a word the court does not write (Temujanji, BUNDLE, haribulan…) cannot come back on paper. The font
 * coverage generator is not a document: it writes TypeScript, not Malay.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, scanSource, sourcesIn } from './terminology';

describe('terminology on paper: the document builders (electron/services/documents/*.ts)', () => {
  it('write no word the court does not write, no program code and no ISO date in a sentence', () => {
    const files = sourcesIn(join(ROOT, 'electron', 'services', 'documents')).filter(
      (f) => !f.endsWith('fontCoverage.ts'),
    );
    expect(files.some((f) => f.endsWith('courtFormDoc.ts'))).toBe(true);
    expect(files.flatMap(scanSource)).toEqual([]);
  });
});
