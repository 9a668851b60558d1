// The library database (Dexie 4, typed tables as in Dexie's samples). Opened only by the background
// worker (and extension pages): a content script's IndexedDB would belong to the news site's origin.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AnnotationRecord, ArticleRecord, SummaryRecord } from '../shared/records';

export const DB_NAME = 'soitin';

export type SoiTinDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  /** Keyed by articleId (one summary per article), so no auto-increment id. */
  summaries: Table<SummaryRecord, number>;
};

/**
 * Schema versions, oldest first. To change the schema append a version; give it an `upgrade` only when
 * stored data must change (Dexie migrates indexes by itself). Never edit a released entry.
 */
const VERSIONS: { version: number; stores: Record<string, string>; upgrade?: (tx: import('dexie').Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      // &key: one article per identity (see core/identity.ts); pageKey finds it from the page address.
      articles: '++id, &key, pageKey, site, province, analyzedAt, createdAt',
      // [articleId+type]: the popup lists one type of one article without scanning.
      annotations: '++id, articleId, type, [articleId+type]',
      summaries: '&articleId',
    },
  },
  // Example for the next change:
  // { version: 2, stores: { annotations: '++id, articleId, type, [articleId+type], source' },
  //   upgrade: (tx) => tx.table('annotations').toCollection().modify((a) => { a.source ??= 'auto'; }) },
];

/** Opens (lazily, on first query) the library database. A fresh `name` per test keeps tests apart. */
export function openDb(name: string = DB_NAME): SoiTinDb {
  const db = new Dexie(name) as SoiTinDb;
  for (const v of VERSIONS) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  // Another context (a newer worker after an update, a library page) wants to upgrade or delete the
  // database: let it by closing now. `disableAutoOpen: false` makes the next query reopen the database
  // instead of failing with DatabaseClosedError, so a long-lived worker recovers by itself.
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: false });
    return false; // handled: skip Dexie's default handler (which would only warn and close again)
  });
  return db;
}
