// Plain JavaScript on purpose: it runs before dependencies (tsx included) exist. `npm start` calls it
// first, so a fresh clone needs only `npm start`. Installs from the lockfile when node_modules is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!existsSync(new URL('../../node_modules/.package-lock.json', import.meta.url))) {
  console.log('▶ installing dependencies (npm ci)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(r.status ?? 1);
}
