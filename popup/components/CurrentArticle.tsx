// The "Trang này" tab: what the content script found on the current tab, or a button to analyze it.
import { useState } from 'preact/hooks';
import { formatIsoDateVi, formatNumberVi } from '../../src/core/format';
import { ENTITY_TYPES, type EntityType } from '../../src/core/types';
import { platform } from '../../src/platform';
import type { PageState } from '../../src/shared/messages';
import { errorText } from '../errors';
import { useCurrentPage, useOptions, type ActiveTab } from '../hooks';
import { summaryAsText } from '../summary-text';
import { EntityGroups } from './EntityGroups';
import { FiguresTable } from './FiguresTable';
import { Notice } from './Notice';
import { SummaryList } from './SummaryList';
import { TypeToggles } from './TypeToggles';
import { UserNotes } from './UserNotes';

export function CurrentArticle(props: { pollMs?: number; pollAttempts?: number }) {
  const { view, analyze } = useCurrentPage(props.pollMs, props.pollAttempts);

  switch (view.kind) {
    case 'loading':
      return <Notice>Đang đọc trang…</Notice>;
    case 'analyzing':
      return <Notice>Đang phân tích trang…</Notice>;
    case 'unanalyzed':
      return (
        <div class="stack">
          <p>Trang này chưa được phân tích (không phải trang báo quen thuộc, hoặc tiện ích chưa chạy trên trang).</p>
          <AnalyzeButton onClick={() => analyze(view.tab)} />
        </div>
      );
    case 'error':
      return (
        <div class="stack">
          <Notice kind="error">{view.message}</Notice>
          {view.tab && <AnalyzeButton label="Thử lại" onClick={() => analyze(view.tab as ActiveTab)} />}
        </div>
      );
    case 'state':
      return <PageView tab={view.tab} state={view.state} onAnalyze={() => analyze(view.tab)} />;
  }
}

function AnalyzeButton(props: { label?: string; onClick: () => void }) {
  return (
    <button type="button" class="primary" onClick={props.onClick}>
      {props.label ?? 'Phân tích trang này'}
    </button>
  );
}

function PageView(props: { tab: ActiveTab; state: PageState | null; onAnalyze: () => void }) {
  const { state } = props;
  if (state?.error) return <Notice kind="error">{state.error}</Notice>;
  if (!state || !state.isArticle)
    return (
      <div class="stack">
        <Notice>Trang này không phải là một bài báo, nên không có gì để phân tích.</Notice>
        <AnalyzeButton label="Vẫn thử phân tích" onClick={props.onAnalyze} />
      </div>
    );
  if (state.lang !== 'vi' || state.analysis?.lang === 'other')
    return <Notice>Bài này không viết bằng tiếng Việt; Soi Tin chỉ phân tích báo tiếng Việt.</Notice>;
  if (!state.article || !state.analysis) return <Notice>Đang phân tích trang…</Notice>;
  return <ArticleView tabId={props.tab.id} state={state as Required<Pick<PageState, 'article' | 'analysis'>> & PageState} />;
}

function ArticleView(props: { tabId: number; state: PageState & Required<Pick<PageState, 'article' | 'analysis'>> }) {
  const { article, analysis } = props.state;
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [notes, setNotes] = useState(props.state.userAnnotations ?? []);
  const { options, save } = useOptions();
  const visible = new Set<EntityType>(options?.visibleTypes ?? ENTITY_TYPES);

  const scrollTo = (start: number, end: number) => {
    platform.tabs
      .sendMessage(props.tabId, { type: 'scrollToRange', start, end })
      .then(() => setMessage(null))
      .catch((e: unknown) => setMessage({ kind: 'error', text: `Không cuộn được tới đoạn này: ${errorText(e)}` }));
  };

  const deleteNote = async (note: { id: number }) => {
    try {
      await platform.sendMessage({ type: 'deleteUserAnnotation', id: note.id });
      setNotes((all) => all.filter((n) => n.id !== note.id));
      setMessage({ kind: 'success', text: 'Đã xóa ghi chú.' });
    } catch (e) {
      setMessage({ kind: 'error', text: `Không xóa được ghi chú: ${errorText(e)}` });
      return;
    }
    // The page may be gone or reloaded; its mark then disappears on the next visit anyway.
    platform.tabs.sendMessage(props.tabId, { type: 'forgetUserAnnotation', id: note.id }).catch(() => undefined);
  };

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(summaryAsText(article.title, analysis.summary, article.canonicalUrl ?? article.url));
      setMessage({ kind: 'success', text: 'Đã sao chép tóm tắt.' });
    } catch (e) {
      setMessage({ kind: 'error', text: `Không sao chép được: ${errorText(e)}` });
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
      setMessage(saveError ? { kind: 'error', text: `Không lưu được tùy chọn: ${saveError}` } : null);
    } catch (e) {
      setMessage({ kind: 'error', text: `Trang không nhận lệnh: ${errorText(e)}` });
    }
  };

  const { provincial } = analysis;
  return (
    <article class="article" aria-labelledby="article-title">
      <header class="article__header">
        <h2 id="article-title">{article.title}</h2>
        <p class="meta">
          <span>{article.site}</span>
          {article.published && <span> · {formatIsoDateVi(article.published)}</span>}
        </p>
        {provincial.isProvincial && (
          <p class="badge" title={provincial.signals.join('; ')}>
            Tin địa phương{provincial.province ? ` · ${provincial.province}` : ''}
            <span class="badge__score"> (điểm {formatNumberVi(Math.round(provincial.score * 100) / 100)})</span>
          </p>
        )}
      </header>

      {message && <Notice kind={message.kind}>{message.text}</Notice>}

      <section aria-labelledby="h-summary">
        <div class="section-head">
          <h3 id="h-summary">Tóm tắt</h3>
          <button type="button" onClick={copySummary} disabled={analysis.summary.length === 0}>
            Sao chép tóm tắt
          </button>
        </div>
        <SummaryList sentences={analysis.summary} onSelect={(s) => scrollTo(s.start, s.end)} />
      </section>

      <section aria-labelledby="h-user-notes">
        <h3 id="h-user-notes">Ghi chú của bạn</h3>
        <UserNotes notes={notes} onSelect={(n) => scrollTo(n.start, n.end)} onDelete={deleteNote} />
      </section>

      <section aria-labelledby="h-entities">
        <h3 id="h-entities">Thực thể</h3>
        <EntityGroups spans={analysis.entities} types={ENTITY_TYPES} />
      </section>

      <section aria-labelledby="h-figures">
        <h3 id="h-figures">Số liệu</h3>
        <FiguresTable spans={analysis.entities} onSelect={(s) => scrollTo(s.start, s.end)} />
      </section>

      <section aria-label="Hiển thị">
        <TypeToggles visible={visible} onToggle={toggleType} />
      </section>
    </article>
  );
}
