/**
 * Renders a document definition to PDF bytes with pdfmake 0.3 (server side), fonts embedded from the TTF
 * files shipped in ./fonts. No network: every URL is refused. The only local files pdfmake may open are
 * the ones inside the fonts folder.
 *
 * Same definition → same bytes: pdfkit derives the file ID from the info dictionary, so a definition with
 * a fixed `info.creationDate` (receiptDoc and dayCloseDoc set one) renders identically every time with
 * the same pdfmake version and font files.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { isInside } from '../ledger/paths';
import { SCRIPT_FONT_FILES } from './fontFiles';
import { installBidi, splitScripts } from './scripts';
import { installSharedFonts } from './sharedFonts';

type PdfMake = typeof import('pdfmake');

/** The Latin family's files (the documents' default font); every family is in SCRIPT_FONT_FILES. */
export const FONT_FILES = { normal: SCRIPT_FONT_FILES.latin.normal, bold: SCRIPT_FONT_FILES.latin.bold } as const;

export interface RenderOptions {
  /**
   * The folder holding the files of SCRIPT_FONT_FILES. Defaults to ./fonts beside this module; the packaged app, where this
   * module is bundled into dist-electron/main.cjs, passes the folder it ships the fonts in.
   */
  fontsDir?: string;
}

/** ./fonts beside this module (beside the bundle, once bundled). */
export function defaultFontsDir(): string {
  return fileURLToPath(new URL('./fonts', import.meta.url));
}

let loaded: PdfMake | null = null;

/** pdfmake is CommonJS and exports one shared object; require it so the same code runs bundled or not. */
function pdfmake(): PdfMake {
  if (!loaded) loaded = createRequire(import.meta.url)('pdfmake') as PdfMake;
  return loaded;
}

function fontDictionary(fontsDir: string): TFontDictionary {
  // No italic face is shipped: the documents use none, and an italic request prints upright. pdfkit opens
  // a family's file only when a run uses it, so a Latin-only receipt never reads the 5 MB Han font.
  const out: TFontDictionary = {};
  for (const files of Object.values(SCRIPT_FONT_FILES)) {
    const normal = path.join(fontsDir, files.normal);
    const bold = path.join(fontsDir, files.bold);
    out[files.family] = { normal, bold, italics: normal, bolditalics: bold };
  }
  return out;
}

/**
 * A copy of the definition pdfmake may scribble on: it annotates content nodes while laying them out, and a
 * definition rendered twice must not carry the first run's marks into the second.
 */
export function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDefinition(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === 'object') {
    if (ArrayBuffer.isView(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = cloneDefinition(item);
    return out as T;
  }
  return value;
}

export async function renderPdf(def: TDocumentDefinitions, options: RenderOptions = {}): Promise<Buffer> {
  const fontsDir = path.resolve(options.fontsDir ?? defaultFontsDir());
  const pm = pdfmake();
  // pdfmake keeps its settings on one shared object; set them on every call (cheap) so a different
  // fontsDir, or another module's settings, can never leak into this document.
  pm.setFonts(fontDictionary(fontsDir));
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((file) => isInside(fontsDir, file));
  installBidi();
  installSharedFonts();
  return pm.createPdf(splitScripts(cloneDefinition(def))).getBuffer();
}
