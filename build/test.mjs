// `npm test`: every check CI runs, one after another, stopping at the first that fails, with the time
// each took, so a slow suite says so (docs/CONTRIBUTING.md lists the figures).
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['format', 'npm run format:check'],
  ['unit (vitest)', 'npm run test:unit'],
  ['end-to-end (playwright)', 'npm run test:e2e'],
  ['benchmark smoke', 'npm run bench:smoke'],
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = [];
const started = Date.now();

for (const [name, command] of STEPS) {
  console.log(`\n== ${name}: ${command}`);
  const begun = Date.now();
  const run = spawnSync(command, { shell: true, stdio: 'inherit' });
  const took = Date.now() - begun;
  timings.push([name, took, run.status === 0]);
  if (run.status !== 0) break;
}

console.log('\n== time per step');
for (const [name, took, passed] of timings)
  console.log(`${passed ? 'ok  ' : 'FAIL'} ${name.padEnd(26)} ${seconds(took)}`);
console.log(`     ${'total'.padEnd(26)} ${seconds(Date.now() - started)}`);

const failed = timings.find(([, , passed]) => !passed);
process.exit(failed ? 1 : 0);
