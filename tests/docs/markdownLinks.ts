import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A link or image in a Markdown file that points into the repository, with the line it is on. */
export interface LocalLink {
  target: string;
  line: number;
}

const INLINE = /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/;
const HTML_SRC = /<(?:img|a)\b[^>]*\b(?:src|href)="([^"]+)"/g;

function isLocal(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = (heading[1] ?? '').replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Links and images outside fenced code blocks and inline code, that point to local files. */
export function localLinks(markdown: string): LocalLink[] {
  const links: LocalLink[] = [];
  let fenced = false;
  markdown.split('\n').forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    const text = raw.replace(/`[^`]*`/g, '');
    const found: string[] = [];
    for (const match of text.matchAll(INLINE)) found.push(match[1] ?? '');
    for (const match of text.matchAll(HTML_SRC)) found.push(match[1] ?? '');
    const reference = REFERENCE.exec(text);
    if (reference) found.push(reference[1] ?? '');
    for (const target of found) if (target && isLocal(target)) links.push({ target, line: index + 1 });
  });
  return links;
}

/**
 * The local links of a Markdown file whose target file does not exist, or whose `#anchor` names no
 * heading of that file (anchors are checked in Markdown targets only), as `file:line → target`.
 */
export function brokenLinks(file: string): string[] {
  const base = dirname(file);
  const anchorsOf = (path: string): Set<string> => headingAnchors(readFileSync(path, 'utf8'));
  return localLinks(readFileSync(file, 'utf8'))
    .filter(({ target }) => {
      const [rawPath = '', anchor] = target.split('#');
      const path = rawPath === '' ? file : resolve(base, decodeURIComponent(rawPath));
      if (!existsSync(path)) return true;
      return anchor !== undefined && path.endsWith('.md') && !anchorsOf(path).has(decodeURIComponent(anchor));
    })
    .map(({ target, line }) => `${file}:${line} → ${target}`);
}
