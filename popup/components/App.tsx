// The popup shell: three tabs (current page, library, options) following the WAI-ARIA tabs pattern,
// so arrow keys, Home and End move between them.
import { useRef, useState } from 'preact/hooks';
import { CurrentArticle } from './CurrentArticle';
import { Library } from './Library';
import { Options } from './Options';

type TabId = 'page' | 'library' | 'options';
const TABS: { id: TabId; label: string }[] = [
  { id: 'page', label: 'Trang này' },
  { id: 'library', label: 'Thư viện' },
  { id: 'options', label: 'Tùy chọn' },
];

export function App(props: { initialTab?: TabId; pollMs?: number; pollAttempts?: number }) {
  const [tab, setTab] = useState<TabId>(props.initialTab ?? 'page');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % TABS.length
      : e.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? TABS.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    setTab(TABS[next].id);
    refs.current[TABS[next].id]?.focus();
  };

  return (
    <div class="app">
      <header class="app__header">
        <h1>Soi Tin</h1>
        <nav role="tablist" aria-label="Mục" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => void (refs.current[t.id] = el)}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </nav>
      </header>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="app__panel">
        {tab === 'page' && <CurrentArticle pollMs={props.pollMs} pollAttempts={props.pollAttempts} />}
        {tab === 'library' && <Library showOpenFull />}
        {tab === 'options' && <Options />}
      </div>
    </div>
  );
}
