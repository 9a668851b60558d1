// Options tab: the sites the reader added with "Luôn chạy trên …", each with "Gỡ" (remove), which
// unregisters the site's content script and gives its host permission back (in the background).
import { useEffect, useState } from 'preact/hooks';
import { platform } from '../../src/platform';
import type { BackgroundResponse } from '../../src/shared/messages';
import { errorText } from '../errors';
import { useT } from '../i18n';
import { Notice } from './Notice';

type View = { kind: 'loading' } | { kind: 'ready'; sites: string[] } | { kind: 'error'; message: string };

export function AddedSites() {
  const t = useT();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    Promise.resolve()
      .then(() => platform.sendMessage<BackgroundResponse<'listSites'>>({ type: 'listSites' }))
      .then((reply) => alive && setView({ kind: 'ready', sites: Array.isArray(reply?.sites) ? reply.sites : [] }))
      .catch((e: unknown) => alive && setView({ kind: 'error', message: errorText(e) }));
    return () => void (alive = false);
  }, []);

  const remove = async (host: string) => {
    setBusy(host);
    try {
      await platform.sendMessage<BackgroundResponse<'removeSite'>>({ type: 'removeSite', host });
      setView((v) => (v.kind === 'ready' ? { kind: 'ready', sites: v.sites.filter((s) => s !== host) } : v));
      setStatus({ kind: 'success', text: t.site.removed(host) });
    } catch (e) {
      setStatus({ kind: 'error', text: t.site.cannotRemove(errorText(e)) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="added-sites" aria-labelledby="h-added-sites">
      <h3 id="h-added-sites">{t.site.heading}</h3>
      <p class="hint">{t.site.hint}</p>
      {view.kind === 'loading' && <Notice>{t.site.loading}</Notice>}
      {view.kind === 'error' && <Notice kind="error">{t.site.loadFailed(view.message)}</Notice>}
      {view.kind === 'ready' &&
        (view.sites.length === 0 ? (
          <p class="empty">{t.site.empty}</p>
        ) : (
          <ul class="added-sites__list">
            {view.sites.map((host) => (
              <li key={host} class="added-sites__item">
                <span class="added-sites__host">{host}</span>
                <button type="button" class="danger" aria-label={t.site.removeLabel(host)} disabled={busy === host} onClick={() => void remove(host)}>
                  {t.site.remove}
                </button>
              </li>
            ))}
          </ul>
        ))}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </section>
  );
}
