import { createRequire } from 'node:module';
import path from 'node:path';
import type { WebContents } from 'electron';
import { PrintFailure, type PrinterPort } from '../services/printing/printing';
import { cupsPrinters } from './cupsPrinters';

/** SumatraPDF ships inside pdf-to-printer; it cannot run from inside the asar, so use the unpacked copy. */
function sumatraPath(): string {
  const entry = createRequire(__filename).resolve('pdf-to-printer');
  return path
    .join(path.dirname(entry), 'SumatraPDF-3.4.6-32.exe')
    .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
}

/**
 * The PC's printers. On Linux (and macOS) the system spooler itself, as the browser host uses it
 * (cupsPrinters: state from lpstat, jobs followed to the end). On Windows the printers as Chromium sees
 * them, printing the PDF file itself with SumatraPDF (silent, at the PDF's own size); Windows' queue is
 * not followed yet, so a print there is done when SumatraPDF has handed it over.
 * Rendering a PDF through webContents.print is avoided.
 */
export function electronPrinters(contents: () => WebContents | null): PrinterPort {
  if (process.platform !== 'win32') return cupsPrinters();
  return {
    list: async () => {
      const wc = contents();
      if (!wc) return [];
      const printers = await wc.getPrintersAsync();
      // Electron no longer says which is the system default; the clerk picks one per document anyway.
      return printers.map((p) => ({ name: p.name, isDefault: false }));
    },
    print: async (file, job) => {
      const { print } = createRequire(__filename)('pdf-to-printer') as typeof import('pdf-to-printer');
      try {
        await print(file, {
          printer: job.printer,
          copies: job.copies,
          scale: 'noscale',
          silent: true,
          sumatraPdfPath: sumatraPath(),
        });
      } catch (error) {
        throw new PrintFailure('FAILED', null, error instanceof Error ? error.message : String(error));
      }
      return { jobId: null };
    },
  };
}
