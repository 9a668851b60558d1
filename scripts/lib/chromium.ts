// Starts the system Chromium with the built extension loaded, the way the demo and the e2e tests need it:
// a fresh profile, no network chatter, chosen host names mapped to the local fixture server.
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, CHROMIUM_HELP } from './find-browser';

export interface LaunchOptions {
  /** Absolute path of the unpacked extension (dist/chrome). */
  extensionDir: string;
  /** Host names to send to 127.0.0.1:port (e.g. baothanhhoa.vn). */
  mapHosts?: string[];
  port?: number;
  /** Show a window when a display exists (the demo); tests always run headless. */
  headed?: boolean;
  /** Extra command-line switches (e.g. logging while debugging). */
  extraArgs?: string[];
}

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** How long to wait for the extension's service worker to start (a broken bundle never starts it). */
const SERVICE_WORKER_TIMEOUT_MS = 20_000;

export async function launchChromiumWithExtension(opts: LaunchOptions): Promise<LaunchedChromium> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const userDataDir = mkdtempSync(join(tmpdir(), 'soitin-chromium-'));
  const args = [
    `--disable-extensions-except=${opts.extensionDir}`,
    `--load-extension=${opts.extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    ...(opts.extraArgs ?? []),
  ];
  if (!opts.headed) args.unshift('--headless=new');
  if (opts.mapHosts?.length && opts.port) {
    const rules = opts.mapHosts.map((h) => `MAP ${h} 127.0.0.1:${opts.port}`).join(',');
    args.push(`--host-resolver-rules=${rules}`, '--ignore-certificate-errors');
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    // `headless: false` + --headless=new: the new headless mode is the one that loads extensions.
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: SERVICE_WORKER_TIMEOUT_MS }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      async close() {
        await context.close().catch(() => undefined);
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(
      `The extension's service worker did not start in Chromium (${(err as Error).message}). ` +
        'Start Chromium with --enable-logging=stderr --v=0 to see why it rejected dist/chrome.',
    );
  }
}
