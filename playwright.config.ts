import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built renderer through the browser host in Debian's Chromium
 * (Playwright's own browser download is not reachable here). Each test starts its own host on a fresh
 * data folder on a port of its own (port 0), so tests run side by side, one worker per core.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: availableParallelism(),
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry on CI only, and Playwright lists any test that needed it as flaky. The host's last output is
  // printed when it dies under a test (tests/e2e/host.ts): that is how the court folder's poll crashing the
  // host during a first-run restore was found (electron/services/courtFolder/sync.ts).
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'ms-MY',
    timezoneId: 'Asia/Kuala_Lumpur',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
