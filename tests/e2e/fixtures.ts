import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startHost, type RunningHost } from './host';

export interface Kaunter {
  /** The data folder of this test: fresh, removed afterwards. */
  dataDir: string;
  /** The URL of the running host. */
  url: string;
  /** Stops the host (Ctrl-C) and starts a new one on the same data folder; returns the new URL. */
  restart(): Promise<string>;
}

export const test = base.extend<{ kaunter: Kaunter }>({
  // Playwright reads the fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  kaunter: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kaunter-e2e-'));
    let host: RunningHost = await startHost(dataDir);
    try {
      await use({
        dataDir,
        get url() {
          return host.url;
        },
        restart: async () => {
          await host.stop();
          host = await startHost(dataDir);
          return host.url;
        },
      });
    } finally {
      await host.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

/** The year the ledger numbers cases in: the current year in Malaysia. */
export function courtYear(): number {
  return Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kuala_Lumpur', year: 'numeric' }).format(new Date()),
  );
}
