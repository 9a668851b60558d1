// "Luôn chạy trên HOST": offered on ordinary web pages outside the built-in news list that Soi Tin does not
// run on by itself (a commune portal, a small local site). The click asks the browser for the host
// permission of that one site, then the background registers the content script for it and starts it in
// this tab. The request is the first call of the click handler: browsers grant it only with the gesture.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { platform } from '../../src/platform';
import type { BackgroundResponse } from '../../src/shared/messages';
import { addableSite } from '../../src/shared/site-access';
import { errorText } from '../errors';
import type { ActiveTab } from '../hooks';
import { useT } from '../i18n';
import { Notice } from './Notice';

type Phase = 'checking' | 'offer' | 'asking' | 'hidden';

export function AlwaysRun(props: { tab: ActiveTab; onStarted?: (tab: ActiveTab) => void }) {
  const t = useT();
  const site = useMemo(() => addableSite(props.tab.url), [props.tab.url]);
  const [phase, setPhase] = useState<Phase>('checking');
  const [message, setMessage] = useState<{ kind: 'info' | 'error' | 'success'; text: string } | null>(null);

  useEffect(() => {
    if (!site) {
      setPhase('hidden');
      return;
    }
    let alive = true;
    // Hidden once the site is added (its script is registered). A host permission alone is not enough:
    // a grant for every site (Chrome's "on all sites", Firefox's add-on settings) registers no script.
    // When the list cannot be read, offer anyway: the click reports what goes wrong.
    Promise.resolve()
      .then(() => platform.sendMessage<BackgroundResponse<'listSites'>>({ type: 'listSites' }))
      .then((reply) => alive && setPhase(Array.isArray(reply?.sites) && reply.sites.includes(site.host) ? 'hidden' : 'offer'))
      .catch(() => alive && setPhase('offer'));
    return () => void (alive = false);
  }, [site]);

  if (!site || phase === 'checking' || (phase === 'hidden' && !message)) return null;

  const onClick = () => {
    let asked: Promise<boolean>;
    try {
      asked = platform.permissions.request([site.pattern]);
    } catch (e) {
      asked = Promise.reject(e);
    }
    setPhase('asking');
    setMessage(null);
    void asked
      .then(async (granted) => {
        if (!granted) {
          setMessage({ kind: 'info', text: t.site.refused });
          setPhase('offer');
          return;
        }
        const reply = await platform.sendMessage<BackgroundResponse<'addSite'>>({ type: 'addSite', host: site.host, tabId: props.tab.id });
        if (!reply?.ok) {
          setMessage({ kind: 'error', text: t.site.failed(reply?.error || t.page.refused) });
          setPhase('offer');
          return;
        }
        setPhase('hidden');
        setMessage({ kind: 'success', text: reply.injected ? t.site.added(site.host) : t.site.addedReload(site.host) });
        if (reply.injected) props.onStarted?.(props.tab);
      })
      .catch((e: unknown) => {
        setMessage({ kind: 'error', text: t.site.failed(errorText(e)) });
        setPhase('offer');
      });
  };

  return (
    <div class="stack always-run">
      {phase !== 'hidden' && (
        <>
          <button type="button" onClick={onClick} disabled={phase === 'asking'}>
            {t.site.alwaysRun(site.host)}
          </button>
          <p class="hint">{t.site.alwaysRunHint}</p>
        </>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </div>
  );
}
