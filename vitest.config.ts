import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // shared/ is imported as @shared/… everywhere outside it (tsconfig paths; vite.config.ts for the renderer).
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    include: [
      'electron/**/*.test.ts',
      'shared/**/*.test.ts',
      'tests/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'bench/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // English is a lazy chunk in the app; tests may show it at once (renderer/src/test/setup.ts).
    setupFiles: ['renderer/src/test/setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
