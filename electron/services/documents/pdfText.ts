/**
 * Reads back a rendered PDF for the tests: the text of each page and each page's size, with pdf.js's
 * legacy build in plain Node (no poppler needed). Test-only: pdfjs-dist is a dev dependency.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  width: number;
  height: number;
  /** The page's text runs joined with spaces, whitespace collapsed. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      pages.push({ width: (x1 ?? 0) - (x0 ?? 0), height: (y1 ?? 0) - (y0 ?? 0), text });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
