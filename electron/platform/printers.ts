import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { WebContents } from 'electron';
import type { PrinterPort } from '../services/printing/printing';

const PRINT_TIMEOUT_MS = 60_000;

/** SumatraPDF ships inside pdf-to-printer; it cannot run from inside the asar, so use the unpacked copy. */
function sumatraPath(): string {
  const entry = createRequire(__filename).resolve('pdf-to-printer');
  return path
    .join(path.dirname(entry), 'SumatraPDF-3.4.6-32.exe')
    .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
}

function lp(printer: string, file: string, copies: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('lp', ['-d', printer, '-n', String(copies), file], { timeout: PRINT_TIMEOUT_MS }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/**
 * The PC's printers as Chromium sees them, printing the PDF file itself: SumatraPDF on Windows (silent,
 * at the PDF's own size), CUPS `lp` elsewhere. Rendering a PDF through webContents.print is avoided.
 */
export function electronPrinters(contents: () => WebContents | null): PrinterPort {
  return {
    list: async () => {
      const wc = contents();
      if (!wc) return [];
      const printers = await wc.getPrintersAsync();
      // Electron no longer says which is the system default; the clerk picks one per document anyway.
      return printers.map((p) => ({ name: p.name, isDefault: false }));
    },
    print: async (file, job) => {
      if (process.platform === 'win32') {
        const { print } = createRequire(__filename)('pdf-to-printer') as typeof import('pdf-to-printer');
        await print(file, {
          printer: job.printer,
          copies: job.copies,
          scale: 'noscale',
          silent: true,
          sumatraPdfPath: sumatraPath(),
        });
        return;
      }
      await lp(job.printer, file, job.copies);
    },
  };
}
