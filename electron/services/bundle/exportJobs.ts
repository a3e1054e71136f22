import { randomUUID } from 'node:crypto';
import type { ExportJobView, ExportProgress } from '@shared/bundleViews';
import { AppError } from '@shared/errors';
import type { Ledger } from '../ledger/ledger';
import { asLedgerUse } from '../ledger/ledgerUses';
import { exportBundle, type ExportOptions } from './exportBundle';

const KEEP = 20;

/**
 * Exports run in the background so the screen can poll their progress over the same request/response
 * channels in Electron and the browser host. Each job's last state is kept for the screen to read.
 */
export function exportJobs() {
  const jobs = new Map<string, ExportJobView>();
  const remember = (view: ExportJobView) => {
    jobs.set(view.jobId, view);
    while (jobs.size > KEEP) {
      const oldest = jobs.keys().next().value;
      if (oldest === undefined) break;
      jobs.delete(oldest);
    }
  };
  return {
    start(
      ledger: Ledger,
      options: Omit<ExportOptions, 'onProgress'>,
      onError?: (error: unknown) => void,
    ): ExportJobView {
      const jobId = randomUUID();
      let progress: ExportProgress = { phase: 'snapshot', fraction: 0 };
      remember({ jobId, state: 'running', progress });
      // Work on the ledger that outlives its request: a restore asked for meanwhile waits for it (ledgerUses.ts).
      void asLedgerUse(ledger, () =>
        exportBundle(ledger, {
          ...options,
          onProgress: (p) => {
            progress = p;
            remember({ jobId, state: 'running', progress });
          },
        }),
      ).then(
        (result) => remember({ jobId, state: 'done', progress: { phase: 'done', fraction: 1 }, result }),
        (error: unknown) => {
          if (!(error instanceof AppError)) onError?.(error);
          const data =
            error instanceof AppError
              ? error.toData()
              : {
                  code: 'INTERNAL',
                  message:
                    'Eksport gagal kerana ralat dalaman. Tiada fail eksport ditinggalkan; cuba lagi atau hubungi ICT.',
                };
          remember({ jobId, state: 'failed', progress, error: { code: data.code, message: data.message } });
        },
      );
      return jobs.get(jobId) as ExportJobView;
    },
    status(jobId: string): ExportJobView {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('NOT_FOUND', 'Kerja eksport itu tidak dijumpai (aplikasi dimulakan semula?).');
      return job;
    },
  };
}

export type ExportJobs = ReturnType<typeof exportJobs>;
