// `npm start`: the whole thing in one command. Installs dependencies when missing, builds, serves the saved
// Báo Thanh Hóa article at its real address on a local https server, opens Chromium with the extension,
// waits for the highlights, and writes out/article.png, out/popup.png and out/summary.json.
// Flags: --headless (no window even when a display exists), --update-docs (copy the picture to docs/).
// Nothing is fetched from the internet: the browser's other requests are aborted.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUT, ROOT } from './lib/paths';
import { findChromium, CHROMIUM_HELP } from './lib/find-browser';
import type { Span, SummarySentence } from '../src/core/types';

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}

async function main() {
  // `npm start` runs scripts/lib/ensure-deps.mjs first (tsx itself comes from npm ci); this covers
  // `tsx scripts/start.ts` run by hand on a tree whose install was interrupted.
  if (!existsSync(resolve(ROOT, 'node_modules/playwright-core/package.json'))) {
    console.log('▶ installing dependencies (npm ci)');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  console.log('▶ building');
  run('npm', ['run', '--silent', 'build', '--', '--no-zip']);

  if (!findChromium()) {
    console.error(`\n✗ ${CHROMIUM_HELP}`);
    process.exit(1);
  }
  // Imported after the install step: playwright-core may not have been there before it.
  const { startSession, waitForMarks, openExtensionPage, tabIdOf, pageStateOf } = await import('./lib/session');

  const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');
  const s = await startSession({ headed });
  try {
    console.log(`\n▶ Chromium ${headed ? '(window)' : '(headless)'} with the extension ${s.extensionId}`);
    console.log(`  opening ${s.articleUrl} (served from 127.0.0.1:${s.server.port})`);
    const page = await s.context.newPage();
    await page.goto(s.articleUrl, { waitUntil: 'domcontentloaded' });
    const marked = await waitForMarks(page);
    mkdirSync(OUT, { recursive: true });
    if (!marked) console.warn('  ⚠ no highlights appeared (are the recognizers and the content script built?)');
    else {
      // For the picture: the hover card of the money figure (or of the first highlight).
      const money = page.locator('soitin-mark[data-type="MONEY"]').first();
      const target = (await money.count()) ? money : page.locator('soitin-mark').first();
      await target.evaluate((el) => el.scrollIntoView({ block: 'center' })).catch(() => undefined);
      await target.hover().catch(() => undefined);
      await page.waitForTimeout(300); // the card is placed on the next frame
    }
    await page.screenshot({ path: resolve(OUT, 'article.png') });
    console.log('  wrote out/article.png');
    if (process.argv.includes('--update-docs')) {
      mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
      copyFileSync(resolve(OUT, 'article.png'), resolve(ROOT, 'docs/screenshot.png'));
      console.log('  copied it to docs/screenshot.png');
    }

    const probe = await openExtensionPage(s, 'popup/index.html');
    const tabId = await tabIdOf(probe, s.articleUrl);
    const state = await pageStateOf(probe, tabId).catch((e: Error) => ({ error: e.message }) as never);
    await probe.close();

    const popup = await openExtensionPage(s, 'popup/index.html', tabId);
    await popup.setViewportSize({ width: 420, height: 720 });
    await popup.waitForLoadState('networkidle').catch(() => undefined);
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: resolve(OUT, 'popup.png') });
    console.log('  wrote out/popup.png');

    const entities: Span[] = state?.analysis?.entities ?? [];
    const summary: SummarySentence[] = state?.analysis?.summary ?? [];
    const counts: Record<string, number> = {};
    for (const e of entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
    const marks = await page.locator('soitin-mark').count();
    writeFileSync(
      resolve(OUT, 'summary.json'),
      JSON.stringify({ url: s.articleUrl, title: state?.article?.title, marks, counts, summary, entities, error: state?.error }, null, 2) + '\n',
    );
    console.log('  wrote out/summary.json');

    console.log(`\n${state?.article?.title ?? '(no article extracted)'}`);
    if (state?.error) console.log(`  error reported by the page: ${state.error}`);
    console.log('\nTóm tắt / summary:');
    for (const sent of summary) console.log(`  ${sent.rank}. ${sent.text}`);
    if (!summary.length) console.log('  (none)');
    console.log(`\nHighlights on the page: ${marks}`);
    for (const [type, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`  ${type.padEnd(13)} ${n}`);
    if (!marked) process.exitCode = 1;
  } finally {
    await s.close();
  }
}

main().catch((err) => {
  console.error(`\n✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
