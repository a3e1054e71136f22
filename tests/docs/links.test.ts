import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/ledger';
import { brokenLinks } from './markdownLinks';

const root = join(__dirname, '..', '..');

/** README.md and every Markdown file under docs/. */
function markdownFiles(): string[] {
  const docs = join(root, 'docs');
  const under = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(docs, name));
  return [join(root, 'README.md'), ...under];
}

describe('links in the documentation', () => {
  it('finds the guides', () => {
    const names = markdownFiles().map((file) => file.slice(root.length + 1));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/PANDUAN-KAUNTER.md', 'docs/ICT.md']));
  });

  it.each(markdownFiles().map((file) => [file.slice(root.length + 1), file]))(
    '%s links only to files and headings that exist',
    (_name, file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );

  it('reports a missing image, file or heading anchor, and ignores web links and code', () => {
    const dir = tempDir('kaunter-docs-');
    writeFileSync(join(dir, 'ada.png'), '');
    const file = join(dir, 'panduan.md');
    writeFileSync(
      file,
      [
        '![ada](ada.png) and [ada too](./ada.png#top "title")',
        '![tiada](screenshots/tiada.png)',
        '# Atas',
        'See [the site](https://example.invalid/x.png), [above](#atas) and `[code](nowhere.md)`.',
        '```',
        '![in a block](block.png)',
        '```',
        '[ref]: missing.md',
        '<img src="also-missing.png" alt="">',
        '## 4.2 Terima bayaran (resit)',
        '[ok](#42-terima-bayaran-resit) [ok](panduan.md#atas) [no](#tiada) [no](./panduan.md#4-2)',
      ].join('\n'),
    );
    expect(brokenLinks(file)).toEqual([
      `${file}:2 → screenshots/tiada.png`,
      `${file}:8 → missing.md`,
      `${file}:9 → also-missing.png`,
      `${file}:11 → #tiada`,
      `${file}:11 → ./panduan.md#4-2`,
    ]);
  });
});
