#!/usr/bin/env node
// The `soitin` command. Runs the built bundle (dist/node/soitin.js, made by `npm run build`) when it
// exists, else the TypeScript sources through tsx, so the command works in a fresh clone before any build.
// SOITIN_FROM_SOURCE=1 forces the sources (useful while editing, when the bundle may be stale).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/node/soitin.js', import.meta.url);
let cli;
if (existsSync(bundle) && process.env.SOITIN_FROM_SOURCE !== '1') {
  cli = await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(new URL('../src/cli/main.ts', import.meta.url).href);
}

// `soitin analyze --jsonl … | head` closes the pipe early: that is a normal end, not a crash.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

try {
  process.exitCode = await cli.main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
} catch (err) {
  // A bug, not a usage problem: keep the stack for the report.
  console.error(err);
  process.exitCode = 1;
}
