// Merging a library file (JSON export) into the database. The file is parsed and validated completely
// first; then everything is written in ONE transaction, so a failure leaves the library as it was.
import { articleKey, normalizeUrl } from '../core/identity';
import { parseLibraryFile, type LibraryFile } from '../core/export/json';
import type { AnnotationRecord, ArticleRecord, ImportResult } from '../shared/records';
import type { SoiTinDb } from './db';
import { StoreInputError, storageError } from './errors';
import { ImportFormatError } from '../core/export/json';

/** Two annotations are the same when they mark the same words the same way with the same note. */
function sameAnnotation(a: AnnotationRecord, b: AnnotationRecord): boolean {
  return (
    a.type === b.type &&
    a.source === b.source &&
    a.selectors[1].start === b.selectors[1].start &&
    a.selectors[1].end === b.selectors[1].end &&
    a.selectors[0].exact === b.selectors[0].exact &&
    (a.note ?? '') === (b.note ?? '')
  );
}

function withoutIds(a: AnnotationRecord, articleId: number): AnnotationRecord {
  const { id: _drop, ...rest } = a;
  return { ...rest, articleId };
}

/**
 * Merges by article identity without losing anything already here:
 * - a new article is added with its annotations and summary;
 * - for an article already saved, the more recently analysed copy provides the article fields, the
 *   automatic annotations and the summary; the reader's own annotations of both copies are kept
 *   (duplicates skipped); the earlier createdAt wins.
 */
export async function importLibrary(db: SoiTinDb, input: string | LibraryFile): Promise<ImportResult> {
  let file: LibraryFile;
  try {
    file = typeof input === 'string' ? parseLibraryFile(input) : input;
  } catch (e) {
    if (e instanceof ImportFormatError) throw new StoreInputError(e.message);
    throw e;
  }
  const result: ImportResult = { articles: file.articles.length, created: 0, merged: 0, annotationsAdded: 0 };
  try {
    await db.transaction('rw', db.articles, db.annotations, db.summaries, async () => {
      for (const incoming of file.articles) {
        const a = incoming.article;
        const key = articleKey(a.url, a.canonicalUrl);
        const pageKey = normalizeUrl(a.url) ?? undefined;
        const { id: _fileId, ...fields } = a;
        const existing =
          (await db.articles.where('key').equals(key).first()) ??
          (pageKey ? await db.articles.where('pageKey').equals(pageKey).first() : undefined);

        if (!existing || existing.id === undefined) {
          const articleId = (await db.articles.add({ ...fields, key, pageKey } as ArticleRecord)) as number;
          await db.annotations.bulkAdd(incoming.annotations.map((x) => withoutIds(x, articleId)));
          await db.summaries.put({ articleId, sentences: incoming.summary });
          result.created++;
          result.annotationsAdded += incoming.annotations.length;
          continue;
        }

        const articleId = existing.id;
        result.merged++;
        const createdAt = Math.min(existing.createdAt, a.createdAt);
        const current = await db.annotations.where('articleId').equals(articleId).toArray();
        if (a.analyzedAt > existing.analyzedAt) {
          // The file's analysis is newer: it replaces the automatic layer, as a fresh save would.
          await db.articles.put({ ...fields, key, pageKey, id: articleId, createdAt });
          await db.annotations.where('articleId').equals(articleId).and((x) => x.source === 'auto').delete();
          const autos = incoming.annotations.filter((x) => x.source === 'auto').map((x) => withoutIds(x, articleId));
          await db.annotations.bulkAdd(autos);
          result.annotationsAdded += autos.filter((x) => !current.some((c) => sameAnnotation(c, x))).length;
          await db.summaries.put({ articleId, sentences: incoming.summary });
        } else if (createdAt !== existing.createdAt) {
          await db.articles.update(articleId, { createdAt });
        }
        const users = incoming.annotations
          .filter((x) => x.source === 'user' && !current.some((c) => sameAnnotation(c, x)))
          .map((x) => withoutIds(x, articleId));
        await db.annotations.bulkAdd(users);
        result.annotationsAdded += users.length;
      }
    });
  } catch (e) {
    throw storageError(e, 'import');
  }
  return result;
}
