// Starts the system Firefox (headless) with the built extension and drives it over WebDriver BiDi with
// puppeteer-core (no browser download: the OS's firefox-esr is used). The extension is installed as a
// temporary add-on (BiDi webExtension.install, Firefox ≥ 138), under a moz-extension:// UUID fixed in
// advance by a pref, so the test can open the popup and the library pages.
// All plain-http traffic goes to a local proxy: the fixture server answers "GET http://baothanhhoa.vn/…"
// itself, so the real news host name reaches the saved page and the shipped manifest (no localhost match)
// applies unchanged. https goes to the same server, which refuses CONNECT: nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, FIREFOX_HELP } from './find-browser';
import { navigate } from './bidi';

/** The moz-extension:// host of the add-on in the test profile (any UUID works; a fixed one is known in advance). */
export const EXTENSION_UUID = '5f0c1d2e-7a3b-4c5d-8e9f-0a1b2c3d4e5f';

/** How long Firefox may take to start and offer its BiDi endpoint (a cold start on 2 cores takes ~3 s). */
const LAUNCH_TIMEOUT_MS = 60_000;

export interface FirefoxOptions {
  /** Absolute path of the unpacked extension (dist/firefox). */
  extensionDir: string;
  /** Port of the local http server used as the proxy for every http:// and https:// request. */
  proxyPort: number;
  /** Where downloads (exports) are saved without asking. */
  downloadDir: string;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://UUID */
  extensionOrigin: string;
  /**
   * Opens an extension page (popup/index.html, popup/library.html …) in a new tab. `aboutTabId` adds
   * `?tab=ID`, which tells the popup which tab it is about (src/platform's queryActive reads it).
   */
  openExtensionPage(path: string, aboutTabId?: number): Promise<Page>;
  close(): Promise<void>;
}

function geckoIdOf(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest?.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || !id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefoxWithExtension(opts: FirefoxOptions): Promise<LaunchedFirefox> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_HELP);
  const geckoId = geckoIdOf(opts.extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    // Lets BiDi navigate a tab to moz-extension:// pages (refused by default as a privileged scheme).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'network.proxy.type': 1, // manual proxy
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': opts.proxyPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Stay on http: HTTPS-First would try https, which the proxy does not tunnel.
      'dom.security.https_first': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Exports are saved straight into downloadDir, with no dialog and no downloads panel.
      'browser.download.dir': opts.downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
    },
  });
  try {
    const installed = await browser.installExtension(opts.extensionDir);
    if (installed !== geckoId) throw new Error(`Firefox installed the add-on as ${installed}, expected ${geckoId}.`);
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw new Error(`Firefox did not install ${opts.extensionDir}: ${(err as Error).message}`);
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  return {
    browser,
    extensionOrigin,
    async openExtensionPage(path, aboutTabId) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${path}${aboutTabId !== undefined ? `?tab=${aboutTabId}` : ''}`;
      await navigate(page, url);
      // A wrong UUID or path shows an error page, not the extension's page with its `browser` API.
      const ok = await page.evaluate(
        (u) => location.href === u && typeof (globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id === 'string',
        url,
      );
      if (!ok) throw new Error(`${url} did not open as an extension page (is the add-on installed under ${EXTENSION_UUID}?)`);
      return page;
    },
    async close() {
      const proc = browser.process();
      await browser.close().catch(() => undefined);
      // A browser that did not quit must not outlive the test run.
      if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    },
  };
}
