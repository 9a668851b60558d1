// Sites the reader added ("Luôn chạy trên …"): a content script registered at run time for each host whose
// optional host permission was granted. The popup asks for the permission (it needs the click); this
// module registers, lists and removes the scripts, and keeps them in step with the granted permissions:
// a site withdrawn in the browser's own settings loses its script, a granted one that has none gets it.
import type { DynamicScript, Platform } from '../platform';
import type { BackgroundResponse } from '../shared/messages';
import { ARTICLE_SCRIPT, hostOfPattern, hostOfScriptId, isBuiltInSite, isValidHost, sitePattern, siteScriptId } from '../shared/site-access';

/** The article content script, as the build writes it (manifest.json content_scripts). */
export { ARTICLE_SCRIPT };

export interface SiteDeps {
  platform: Pick<Platform, 'permissions' | 'dynamicScripts'> & { scripting: Pick<Platform['scripting'], 'injectContentScript'> };
  log?: (msg: string, detail?: unknown) => void;
}

export interface SyncResult {
  registered: string[];
  unregistered: string[];
}

export interface SiteAccess {
  /** Registers the script for a granted host and injects it into `tabId` now (when given). */
  add(host: unknown, tabId?: number): Promise<BackgroundResponse<'addSite'>>;
  /** Unregisters the host's script and gives its permission back. */
  remove(host: unknown): Promise<BackgroundResponse<'removeSite'>>;
  /** The added hosts, sorted. */
  list(): Promise<string[]>;
  /** Brings the registered scripts in line with the granted optional host permissions. */
  sync(): Promise<SyncResult>;
}

export function siteScript(host: string): DynamicScript {
  return {
    id: siteScriptId(host),
    matches: [sitePattern(host)],
    js: [ARTICLE_SCRIPT],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

function requireHost(host: unknown): string {
  if (!isValidHost(host)) throw new Error(`Tên trang không hợp lệ (invalid host): ${String(host)}`);
  return host;
}

export function createSiteAccess({ platform, log = (m, d) => console.warn(m, d) }: SiteDeps): SiteAccess {
  // One change at a time: the popup's addSite and the permissions.onAdded sync may arrive together, and
  // registering the same id twice is an error.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const registeredHosts = async (): Promise<string[]> =>
    (await platform.dynamicScripts.list()).map((s) => hostOfScriptId(s.id)).filter((h): h is string => !!h);

  const register = async (host: string): Promise<boolean> => {
    if ((await registeredHosts()).includes(host)) return false;
    await platform.dynamicScripts.register([siteScript(host)]);
    return true;
  };

  const sync = async (): Promise<SyncResult> => {
    const result: SyncResult = { registered: [], unregistered: [] };
    const registered = await registeredHosts();
    for (const host of registered) {
      // contains(), not set membership: a broader grant (the browser's "on all sites") still covers the host.
      if (await platform.permissions.contains([sitePattern(host)])) continue;
      await platform.dynamicScripts.unregister([siteScriptId(host)]);
      result.unregistered.push(host);
    }
    const required = new Set(platform.permissions.requiredOrigins());
    const granted = (await platform.permissions.grantedOrigins())
      .filter((o) => !required.has(o))
      .map(hostOfPattern)
      .filter((h): h is string => !!h && !isBuiltInSite(h));
    for (const host of new Set(granted)) {
      if (registered.includes(host)) continue;
      await platform.dynamicScripts.register([siteScript(host)]);
      result.registered.push(host);
    }
    return result;
  };

  return {
    add: (rawHost, tabId) =>
      serial(async () => {
        const host = requireHost(rawHost);
        if (!(await platform.permissions.contains([sitePattern(host)]))) {
          return { ok: false, injected: false, error: `Soi Tin chưa được phép chạy trên ${host}.` };
        }
        await register(host);
        if (typeof tabId !== 'number') return { ok: true, injected: false };
        try {
          await platform.scripting.injectContentScript(tabId);
          return { ok: true, injected: true };
        } catch (e) {
          // The site is added all the same: the script runs from the next page load on.
          log('[Soi Tin] inject after adding a site', e);
          return { ok: true, injected: false, error: e instanceof Error ? e.message : String(e) };
        }
      }),

    remove: (rawHost) =>
      serial(async () => {
        const host = requireHost(rawHost);
        const wasRegistered = (await registeredHosts()).includes(host);
        if (wasRegistered) await platform.dynamicScripts.unregister([siteScriptId(host)]);
        const revoked = await platform.permissions.remove([sitePattern(host)]);
        return { removed: wasRegistered || revoked };
      }),

    list: () => serial(async () => (await registeredHosts()).sort()),

    sync: () => serial(sync),
  };
}
