// What the background does for each request. Dependencies come in as arguments so tests can run the
// handlers on a fake-indexeddb database with a fake platform and a stub analyzer.
import type { Analysis, AnalyzeMeta } from '../core/types';
import { buildExport } from '../core/export';
import type { Platform } from '../platform';
import {
  addUserAnnotation,
  deleteArticle,
  deleteUserAnnotation,
  getByUrl,
  getSaved,
  importLibrary,
  list,
  saveAnalysis,
  updateUserNote,
  type SoiTinDb,
} from '../store';
import { BADGE_COLOR, badgeText } from './badge';
import type { Handlers } from './router';
import type { SiteAccess } from './sites';

export interface HandlerDeps {
  db: SoiTinDb;
  platform: Pick<Platform, 'storage' | 'action' | 'scripting'>;
  analyze: (text: string, meta: AnalyzeMeta) => Analysis;
  /** Clock (ms); a parameter so tests control analyzedAt ordering. */
  now?: () => number;
  /** Sites the reader added (src/background/sites.ts); without it the site requests are refused. */
  sites?: SiteAccess;
}

function requireString(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new Error(`Yêu cầu thiếu ${what} (missing ${what}).`);
  return v;
}

export function createHandlers({ db, platform, analyze, now = Date.now, sites }: HandlerDeps): Handlers {
  const requireSites = (): SiteAccess => {
    if (!sites) throw new Error('Không quản lý được các trang đã thêm (site access unavailable).');
    return sites;
  };
  return {
    async analyze(msg) {
      const text = requireString(msg.text, 'text');
      const options = await platform.storage.getOptions();
      return analyze(text, { ...msg.meta, summaryLength: msg.meta?.summaryLength ?? options.summaryLength });
    },

    async save(msg, sender) {
      const result = await saveAnalysis(db, msg.article, msg.analysis, now());
      const tabId = sender.tab?.id;
      if (typeof tabId === 'number') {
        // The badge is a courtesy: the article is saved even if the tab closed meanwhile.
        await platform.action
          .setBadge(tabId, badgeText(msg.analysis.provincial.province), BADGE_COLOR)
          .catch((e: unknown) => console.warn('[Soi Tin] badge', e));
      }
      return result;
    },

    async getArticleByUrl(msg) {
      return getByUrl(db, requireString(msg.url, 'url'));
    },

    async listArticles() {
      return list(db);
    },

    async deleteArticle(msg) {
      if (typeof msg.id !== 'number') throw new Error('Yêu cầu thiếu id (missing id).');
      return { deleted: await deleteArticle(db, msg.id) };
    },

    async export(msg) {
      const saved = await getSaved(db, msg.ids);
      return buildExport(msg.format, saved, new Date(now()));
    },

    async import(msg) {
      return importLibrary(db, requireString(msg.content, 'content'));
    },

    async addUserAnnotation(msg) {
      const { articleId, start, end, exact, note } = msg;
      return addUserAnnotation(db, { articleId, start, end, exact, note });
    },

    async updateUserAnnotation(msg) {
      if (typeof msg.id !== 'number') throw new Error('Yêu cầu thiếu id (missing id).');
      return updateUserNote(db, msg.id, requireString(msg.note, 'note'));
    },

    async deleteUserAnnotation(msg) {
      if (typeof msg.id !== 'number') throw new Error('Yêu cầu thiếu id (missing id).');
      return { deleted: await deleteUserAnnotation(db, msg.id) };
    },

    async addSite(msg) {
      return requireSites().add(msg.host, msg.tabId);
    },

    async removeSite(msg) {
      return requireSites().remove(msg.host);
    },

    async listSites() {
      return { sites: await requireSites().list() };
    },

    async analyzeTab(msg) {
      try {
        await platform.scripting.injectContentScript(msg.tabId);
        return { ok: true };
      } catch (e) {
        // Browser pages (chrome://, the web store, PDF viewer) refuse injection: say so plainly.
        const detail = e instanceof Error ? e.message : String(e);
        return { ok: false, error: `Không thể phân tích trang này (${detail}).` };
      }
    },
  };
}
