// The "Trang này" tab: what the content script found on the current tab, or a button to analyze it.
import { useState } from 'preact/hooks';
import { formatIsoDateVi } from '../../src/core/format';
import { ENTITY_TYPES, type EntityType } from '../../src/core/types';
import { platform } from '../../src/platform';
import type { PageState } from '../../src/shared/messages';
import { errorText } from '../errors';
import { useCurrentPage, useOptions, type ActiveTab } from '../hooks';
import { useT } from '../i18n';
import { summaryAsText } from '../summary-text';
import { AlwaysRun } from './AlwaysRun';
import { EntityGroups } from './EntityGroups';
import { FiguresTable } from './FiguresTable';
import { Notice } from './Notice';
import { SummaryList } from './SummaryList';
import { TypeToggles } from './TypeToggles';
import { UserNotes } from './UserNotes';

export function CurrentArticle(props: { pollMs?: number; pollAttempts?: number }) {
  const t = useT();
  const { view, analyze, track } = useCurrentPage(props.pollMs, props.pollAttempts);

  switch (view.kind) {
    case 'loading':
      return <Notice>{t.page.reading}</Notice>;
    case 'analyzing':
      return <Notice>{t.page.analyzing}</Notice>;
    case 'unanalyzed':
      return (
        <div class="stack">
          <p>{t.page.unanalyzed}</p>
          <AnalyzeButton onClick={() => analyze(view.tab)} />
          {/* Sites outside the news list: offer to run there by itself from now on (and start now). */}
          <AlwaysRun tab={view.tab} onStarted={track} />
        </div>
      );
    case 'error':
      return (
        <div class="stack">
          <Notice kind="error">{view.message}</Notice>
          {view.tab && <AnalyzeButton label={t.page.retry} onClick={() => analyze(view.tab as ActiveTab)} />}
        </div>
      );
    case 'state':
      return <PageView tab={view.tab} state={view.state} onAnalyze={() => analyze(view.tab)} />;
  }
}

function AnalyzeButton(props: { label?: string; onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" class="primary" onClick={props.onClick}>
      {props.label ?? t.page.analyze}
    </button>
  );
}

function PageView(props: { tab: ActiveTab; state: PageState | null; onAnalyze: () => void }) {
  const t = useT();
  const { state } = props;
  if (state?.error) return <Notice kind="error">{state.error}</Notice>;
  if (!state || !state.isArticle)
    return (
      <div class="stack">
        <Notice>{t.page.notArticle}</Notice>
        <AnalyzeButton label={t.page.analyzeAnyway} onClick={props.onAnalyze} />
        <AlwaysRun tab={props.tab} />
      </div>
    );
  if (state.lang !== 'vi' || state.analysis?.lang === 'other')
    return <Notice>{t.page.notVietnamese}</Notice>;
  if (!state.article || !state.analysis) return <Notice>{t.page.analyzing}</Notice>;
  return <ArticleView tabId={props.tab.id} url={props.tab.url} state={state as Required<Pick<PageState, 'article' | 'analysis'>> & PageState} />;
}

function ArticleView(props: { tabId: number; url?: string; state: PageState & Required<Pick<PageState, 'article' | 'analysis'>> }) {
  const t = useT();
  const { article, analysis } = props.state;
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [notes, setNotes] = useState(props.state.userAnnotations ?? []);
  const { options, save } = useOptions();
  const visible = new Set<EntityType>(options?.visibleTypes ?? ENTITY_TYPES);

  const scrollTo = (start: number, end: number) => {
    platform.tabs
      .sendMessage(props.tabId, { type: 'scrollToRange', start, end })
      .then(() => setMessage(null))
      .catch((e: unknown) => setMessage({ kind: 'error', text: t.page.cannotScroll(errorText(e)) }));
  };

  const deleteNote = async (note: { id: number }) => {
    try {
      await platform.sendMessage({ type: 'deleteUserAnnotation', id: note.id });
      setNotes((all) => all.filter((n) => n.id !== note.id));
      setMessage({ kind: 'success', text: t.page.noteDeleted });
    } catch (e) {
      setMessage({ kind: 'error', text: t.page.cannotDeleteNote(errorText(e)) });
      return;
    }
    // The page may be gone or reloaded; its mark then disappears on the next visit anyway.
    platform.tabs.sendMessage(props.tabId, { type: 'forgetUserAnnotation', id: note.id }).catch(() => undefined);
  };

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(summaryAsText(article.title, analysis.summary, article.canonicalUrl ?? article.url));
      setMessage({ kind: 'success', text: t.page.copied });
    } catch (e) {
      setMessage({ kind: 'error', text: t.page.cannotCopy(errorText(e)) });
    }
  };

  const toggleType = async (entityType: EntityType, isVisible: boolean) => {
    const next = new Set(visible);
    if (isVisible) next.add(entityType);
    else next.delete(entityType);
    // Persist first so the choice survives even when the page has gone away.
    const saveError = await save({ visibleTypes: ENTITY_TYPES.filter((t) => next.has(t)) });
    try {
      await platform.tabs.sendMessage(props.tabId, { type: 'setTypeVisible', entityType, visible: isVisible });
      setMessage(saveError ? { kind: 'error', text: t.page.cannotSaveOptions(saveError) } : null);
    } catch (e) {
      setMessage({ kind: 'error', text: t.page.pageRefused(errorText(e)) });
    }
  };

  const { provincial } = analysis;
  return (
    <article class="article" aria-labelledby="article-title">
      <header class="article__header">
        <h2 id="article-title" lang="vi">
          {article.title}
        </h2>
        <p class="meta">
          <span>{article.site}</span>
          {article.published && <span> · {formatIsoDateVi(article.published)}</span>}
        </p>
        {provincial.isProvincial && (
          <p class="badge" title={provincial.signals.join('; ')}>
            {t.page.provincial}
            {provincial.province ? ` · ${provincial.province}` : ''}
            <span class="badge__score"> {t.page.score(t.number(Math.round(provincial.score * 100) / 100))}</span>
          </p>
        )}
      </header>

      {/* An article analysed on demand on a site outside the list: the reader may want it every time. */}
      <AlwaysRun tab={{ id: props.tabId, url: props.url }} />

      {message && <Notice kind={message.kind}>{message.text}</Notice>}

      <section aria-labelledby="h-summary">
        <div class="section-head">
          <h3 id="h-summary">{t.page.summary}</h3>
          <button type="button" onClick={copySummary} disabled={analysis.summary.length === 0}>
            {t.page.copySummary}
          </button>
        </div>
        <SummaryList sentences={analysis.summary} onSelect={(s) => scrollTo(s.start, s.end)} />
      </section>

      <section aria-labelledby="h-user-notes">
        <h3 id="h-user-notes">{t.page.yourNotes}</h3>
        <UserNotes notes={notes} onSelect={(n) => scrollTo(n.start, n.end)} onDelete={deleteNote} />
      </section>

      <section aria-labelledby="h-entities">
        <h3 id="h-entities">{t.page.entities}</h3>
        <EntityGroups spans={analysis.entities} types={ENTITY_TYPES} />
      </section>

      <section aria-labelledby="h-figures">
        <h3 id="h-figures">{t.page.figures}</h3>
        <FiguresTable spans={analysis.entities} onSelect={(s) => scrollTo(s.start, s.end)} />
      </section>

      <section aria-label={t.page.display}>
        <TypeToggles visible={visible} onToggle={toggleType} />
      </section>
    </article>
  );
}
