// The popup shell: three tabs (current page, library, options) following the WAI-ARIA tabs pattern,
// so arrow keys, Home and End move between them. The interface language comes from the stored options
// (LanguageProvider) and applies to everything below.
import { useRef, useState } from 'preact/hooks';
import type { UiLanguage } from '../../src/shared/i18n';
import { LanguageProvider, useT } from '../i18n';
import { AddedSites } from './AddedSites';
import { CurrentArticle } from './CurrentArticle';
import { LanguageSelect } from './LanguageSelect';
import { Library } from './Library';
import { Options } from './Options';

type TabId = 'page' | 'library' | 'options';
const TAB_IDS: TabId[] = ['page', 'library', 'options'];

interface AppProps {
  initialTab?: TabId;
  pollMs?: number;
  pollAttempts?: number;
  /** Skips reading the language from storage (tests, callers that already know it). */
  uiLanguage?: UiLanguage;
}

export function App(props: AppProps) {
  return (
    <LanguageProvider initial={props.uiLanguage}>
      <Shell {...props} />
    </LanguageProvider>
  );
}

function Shell(props: AppProps) {
  const t = useT();
  const [tab, setTab] = useState<TabId>(props.initialTab ?? 'page');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    const i = TAB_IDS.indexOf(tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % TAB_IDS.length
      : e.key === 'ArrowLeft' ? (i - 1 + TAB_IDS.length) % TAB_IDS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? TAB_IDS.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(TAB_IDS[next]);
    refs.current[TAB_IDS[next]]?.focus();
  };

  return (
    <div class="app">
      <header class="app__header">
        <h1>Soi Tin</h1>
        <nav role="tablist" aria-label={t.app.sections} onKeyDown={onKeyDown}>
          {TAB_IDS.map((id) => (
            <button
              key={id}
              ref={(el) => void (refs.current[id] = el)}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {t.app.tabs[id]}
            </button>
          ))}
        </nav>
      </header>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="app__panel">
        {tab === 'page' && <CurrentArticle pollMs={props.pollMs} pollAttempts={props.pollAttempts} />}
        {tab === 'library' && <Library showOpenFull />}
        {tab === 'options' && (
          <>
            <Options />
            {/* Kept out of Options.tsx (another form's file); same tab, own control. */}
            <LanguageSelect />
            <AddedSites />
          </>
        )}
      </div>
    </div>
  );
}
