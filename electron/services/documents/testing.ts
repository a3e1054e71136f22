/** Helpers for the document tests: walk a definition for its text and its tables. */
import type { Content, Table, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Every string a definition would print (content, static footer and header, watermark), in order. */
export function definitionText(def: TDocumentDefinitions): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object' && !(node instanceof Date)) {
      for (const [key, value] of Object.entries(node)) {
        if (['text', 'stack', 'columns', 'table', 'body', 'content', 'ul', 'ol'].includes(key)) walk(value);
      }
    }
  };
  walk(def.content);
  if (typeof def.footer === 'function') walk(def.footer(1, 1, { width: 0, height: 0, orientation: 'portrait' }));
  if (def.watermark) walk(typeof def.watermark === 'string' ? def.watermark : def.watermark.text);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** The tables of a definition, outermost first. */
export function tablesOf(def: TDocumentDefinitions): Table[] {
  const out: Table[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.table && typeof record.table === 'object') out.push(record.table as Table);
      for (const value of Object.values(record)) walk(value);
    }
  };
  walk(def.content);
  return out;
}

/** The text of a table cell (or any content node), flattened. */
export function cellText(cell: unknown): string {
  return definitionText({ content: cell as Content });
}

/** The first table whose header row starts with the given labels. */
export function tableWithHeader(def: TDocumentDefinitions, ...labels: string[]): Table {
  const table = tablesOf(def).find((t) => {
    const first = t.body[0] ?? [];
    return labels.every((label, i) => cellText(first[i]) === label);
  });
  if (!table) throw new Error(`no table headed ${labels.join(' | ')}`);
  return table;
}
