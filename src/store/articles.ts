// Saving and reading analysed articles. Every write is ONE read-write transaction over the three tables:
// if anything fails (quota, a crash, the service worker being killed) IndexedDB rolls the whole write
// back and the previous version of the article stays as it was.
import { articleKey, normalizeUrl, textHash } from '../core/identity';
import type { Analysis } from '../core/types';
import type { ArticleListItem, ArticleRecord, ExtractedArticle, SavedArticle, UserAnnotationView } from '../shared/records';
import { autoAnnotations, compareAnnotations } from './annotations';
import type { SoiTinDb } from './db';
import { storageError } from './errors';
import { reanchorUserAnnotations } from './user-annotations';

export interface SaveResult {
  articleId: number;
  /** First save of this article. */
  created: boolean;
  /** The text differs from the stored one (false for a first save and for a plain revisit). */
  changed: boolean;
  /** The reader's own annotations re-anchored on the saved text (orphans included); absent when there are none. */
  userAnnotations?: UserAnnotationView[];
}

/**
 * Upserts the article by its identity key, replaces its 'auto' annotations and its summary, keeps the
 * reader's own ('user') annotations, re-anchoring them on the new text in the same transaction (their
 * stored positions follow the text; orphans stay stored). `now` is a parameter so tests control time.
 */
export async function saveAnalysis(
  db: SoiTinDb,
  extracted: ExtractedArticle,
  analysis: Analysis,
  now: number = Date.now(),
): Promise<SaveResult> {
  const key = articleKey(extracted.url, extracted.canonicalUrl);
  const hash = textHash(extracted.text);
  const fields: Omit<ArticleRecord, 'id' | 'createdAt'> = {
    key,
    pageKey: normalizeUrl(extracted.url) ?? undefined,
    url: extracted.url,
    canonicalUrl: extracted.canonicalUrl,
    site: extracted.site,
    title: extracted.title,
    published: extracted.published,
    province: analysis.provincial.province,
    isProvincial: analysis.provincial.isProvincial,
    provincialScore: analysis.provincial.score,
    textHash: hash,
    text: extracted.text,
    analyzedAt: now,
  };
  // Validate before opening the transaction: a bad analysis never touches the database.
  const pending = autoAnnotations(0, extracted.text, analysis.entities);
  try {
    return await db.transaction('rw', db.articles, db.annotations, db.summaries, async () => {
      // By key; else by page address, for a page that declares a canonical URL now but did not before.
      const existing =
        (await db.articles.where('key').equals(key).first()) ??
        (fields.pageKey ? await db.articles.where('pageKey').equals(fields.pageKey).first() : undefined);
      let articleId: number;
      if (existing?.id !== undefined) {
        articleId = existing.id;
        await db.articles.put({ ...fields, id: articleId, createdAt: existing.createdAt });
        await db.annotations.where('articleId').equals(articleId).and((a) => a.source === 'auto').delete();
      } else {
        articleId = (await db.articles.add({ ...fields, createdAt: now })) as number;
      }
      await db.annotations.bulkAdd(pending.map((a) => ({ ...a, articleId })));
      await db.summaries.put({ articleId, sentences: analysis.summary });
      const users = existing ? await reanchorUserAnnotations(db, articleId, extracted.text) : [];
      return {
        articleId,
        created: !existing,
        changed: !!existing && existing.textHash !== hash,
        ...(users.length ? { userAnnotations: users } : {}),
      };
    });
  } catch (e) {
    throw storageError(e, 'save');
  }
}

async function loadSaved(db: SoiTinDb, article: ArticleRecord): Promise<SavedArticle> {
  const id = article.id as number;
  const [annotations, summary] = await Promise.all([
    db.annotations.where('articleId').equals(id).toArray(),
    db.summaries.get(id),
  ]);
  return { article, annotations: annotations.sort(compareAnnotations), summary: summary?.sentences ?? [] };
}

/**
 * The saved article for a page address: by the address's identity key, else by the page key of an
 * article stored under its canonical URL. null when the page was never saved (or the URL is not http(s)).
 */
export async function getByUrl(db: SoiTinDb, url: string): Promise<SavedArticle | null> {
  const pageKey = normalizeUrl(url);
  if (!pageKey) return null;
  try {
    return await db.transaction('r', db.articles, db.annotations, db.summaries, async () => {
      const article =
        (await db.articles.where('key').equals(pageKey).first()) ?? (await db.articles.where('pageKey').equals(pageKey).first());
      return article ? loadSaved(db, article) : null;
    });
  } catch (e) {
    throw storageError(e, 'read');
  }
}

/** Every saved article, newest analysis first, with its annotation count (for the library list). */
export async function list(db: SoiTinDb): Promise<ArticleListItem[]> {
  try {
    return await db.transaction('r', db.articles, db.annotations, async () => {
      const articles = await db.articles.orderBy('analyzedAt').reverse().toArray();
      return Promise.all(
        articles.map(async (a) => {
          const own = db.annotations.where('articleId').equals(a.id as number);
          const [annotationCount, userAnnotationCount] = await Promise.all([
            own.count(),
            db.annotations.where('articleId').equals(a.id as number).and((x) => x.source === 'user').count(),
          ]);
          return { ...a, annotationCount, userAnnotationCount };
        }),
      );
    });
  } catch (e) {
    throw storageError(e, 'read');
  }
}

/** Deletes an article with its annotations and summary. Resolves to false when there was no such article. */
export async function deleteArticle(db: SoiTinDb, id: number): Promise<boolean> {
  try {
    return await db.transaction('rw', db.articles, db.annotations, db.summaries, async () => {
      const found = await db.articles.get(id);
      if (!found) return false;
      await db.annotations.where('articleId').equals(id).delete();
      await db.summaries.delete(id);
      await db.articles.delete(id);
      return true;
    });
  } catch (e) {
    throw storageError(e, 'delete');
  }
}

/** Articles with everything saved for them (for exports): the given ids, or the whole library; newest first. */
export async function getSaved(db: SoiTinDb, ids?: readonly number[]): Promise<SavedArticle[]> {
  try {
    return await db.transaction('r', db.articles, db.annotations, db.summaries, async () => {
      const articles = ids
        ? (await db.articles.bulkGet([...ids])).filter((a): a is ArticleRecord => !!a).sort((a, b) => b.analyzedAt - a.analyzedAt)
        : await db.articles.orderBy('analyzedAt').reverse().toArray();
      return Promise.all(articles.map((a) => loadSaved(db, a)));
    });
  } catch (e) {
    throw storageError(e, 'read');
  }
}
