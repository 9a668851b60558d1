// `npm test`: every check, in order, stopping at the first failure:
//   typecheck → unit tests → build → web-ext lint → Chromium e2e → Firefox e2e.
// A missing browser is a failure with a clear message, never a skip. Last line: "N passed, M failed".
import { spawn } from 'node:child_process';
import { ROOT } from './lib/paths';
import { findChromium, findFirefox, CHROMIUM_HELP, FIREFOX_HELP } from './lib/find-browser';

interface Suite {
  name: string;
  cmd: string;
  args: string[];
  /** Checked before running; a message here fails the suite without running it. */
  precheck?: () => string | null;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const SUITES: Suite[] = [
  { name: 'typecheck', cmd: npx, args: ['tsc', '--noEmit'] },
  { name: 'unit tests', cmd: npx, args: ['vitest', 'run'] },
  { name: 'build', cmd: npx, args: ['tsx', 'scripts/build.ts'] },
  { name: 'web-ext lint', cmd: npx, args: ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--no-input'] },
  {
    name: 'Chromium e2e',
    cmd: npx,
    args: ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/chromium.test.ts', 'tests/e2e/robustness.test.ts'],
    precheck: () => (findChromium() ? null : CHROMIUM_HELP),
  },
  {
    name: 'Firefox e2e',
    cmd: npx,
    args: ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/firefox.test.ts'],
    precheck: () => (findFirefox() ? null : FIREFOX_HELP),
  },
];

function run(s: Suite): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(s.cmd, s.args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
    child.on('error', (e) => {
      console.error(e.message);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const results: { name: string; ok: boolean; seconds: number; note?: string }[] = [];
  for (const suite of SUITES) {
    console.log(`\n━━ ${suite.name} ━━ ${[suite.cmd, ...suite.args].join(' ')}`);
    const t0 = Date.now();
    const problem = suite.precheck?.() ?? null;
    const code = problem ? 1 : await run(suite);
    if (problem) console.error(`✗ ${problem}`);
    results.push({ name: suite.name, ok: code === 0, seconds: (Date.now() - t0) / 1000, note: problem ?? undefined });
    if (code !== 0) break;
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const notRun = SUITES.length - results.length;
  console.log('\n━━ summary ━━');
  for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(14)} ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
  for (const s of SUITES.slice(results.length)) console.log(`  – ${s.name.padEnd(14)}    not run (an earlier suite failed)`);
  console.log(`${passed} passed, ${failed} failed${notRun ? `, ${notRun} not run` : ''}`);
  process.exit(failed ? 1 : 0);
}

void main();
