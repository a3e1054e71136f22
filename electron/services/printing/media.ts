import type { PrintJob } from './printing';

const PT_PER_MM = 72 / 25.4;

/** The first page's size in points, from its /MediaBox (our PDFs write page dictionaries uncompressed). */
export function pdfPageSize(pdf: Buffer): { width: number; height: number } | null {
  const match = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  if (!match) return null;
  const [x0, y0, x1, y1] = match.slice(1, 5).map(Number) as [number, number, number, number];
  return { width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}

/**
 * The spooler's media name for a document: A4 and A5 by name (a landscape A4 page is still A4 paper; the
 * spooler turns it), the 80 mm roll as a custom size as long as the receipt itself, whole millimetres up.
 */
export function mediaFor(paper: PrintJob['paper'], pdf: Buffer): string {
  if (paper !== 'ROLL_80MM') return paper;
  const size = pdfPageSize(pdf);
  const lengthMm = size ? Math.ceil(Math.max(size.width, size.height) / PT_PER_MM) : 297;
  return `Custom.80x${lengthMm}mm`;
}
