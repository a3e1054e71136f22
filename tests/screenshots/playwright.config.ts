import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * `npm run screenshots`: every screen of the counter in Chromium through the browser host, saved to
 * docs/screenshots/ (1280x800). Not part of `npm test`.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  timeout: 240_000,
});
