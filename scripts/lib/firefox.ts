// Starts the system Firefox (headless) with the built extension through web-ext's Node API, with all
// plain-http traffic sent to a local proxy: the fixture server answers "GET http://baothanhhoa.vn/…"
// itself, so the real news host name reaches the saved page and the shipped manifest (no localhost
// match) applies unchanged. Nothing leaves the machine.
import { findFirefox, FIREFOX_HELP } from './find-browser';

export interface LaunchedFirefox {
  exit(): Promise<void>;
}

export interface FirefoxOptions {
  extensionDir: string;
  /** Port of the local http server used as the proxy for every http:// request. */
  proxyPort: number;
  startUrl: string;
}

export async function launchFirefoxWithExtension(opts: FirefoxOptions): Promise<LaunchedFirefox> {
  const firefox = findFirefox();
  if (!firefox) throw new Error(FIREFOX_HELP);
  process.env.MOZ_HEADLESS = '1';
  // web-ext has no type declarations; its Node API is documented at extensionworkshop.com (web-ext run).
  const webExt = (await import('web-ext' as string)).default as {
    cmd: { run(params: Record<string, unknown>, options: Record<string, unknown>): Promise<LaunchedFirefox> };
  };
  const runner = await webExt.cmd.run(
    {
      sourceDir: opts.extensionDir,
      target: ['firefox-desktop'],
      firefox,
      startUrl: [opts.startUrl],
      noReload: true,
      noInput: true,
      pref: {
        'network.proxy.type': 1, // manual proxy
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': opts.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.share_proxy_settings': false,
        // Stay on http: HTTPS-First would try https through a proxy that does not tunnel.
        'dom.security.https_first': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    },
    { shouldExitProgram: false },
  );
  return { exit: () => runner.exit() };
}
