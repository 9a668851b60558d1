// The lossless library file: what "Export JSON" writes and "Import" reads back. Pure.
// Parsing validates everything a later save relies on and names the first thing that is wrong, so a
// malformed or foreign file is rejected whole, before the database is touched.
import { ENTITY_TYPES, type EntityType, type SummarySentence } from '../types';
import { USER_TYPE, type AnnotationRecord, type ArticleRecord, type SavedArticle } from '../../shared/records';
import { normalizeUrl } from '../identity';

/** Bump when the file shape changes incompatibly; the importer refuses versions it does not know. */
export const SCHEMA_VERSION = 1;
export const GENERATOR = 'Soi Tin';

export interface LibraryFile {
  schemaVersion: typeof SCHEMA_VERSION;
  /** ISO timestamp of the export. */
  exportedAt: string;
  generator: typeof GENERATOR;
  articles: SavedArticle[];
}

export function toLibraryFile(saved: readonly SavedArticle[], now: Date): LibraryFile {
  return { schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), generator: GENERATOR, articles: [...saved] };
}

/** Pretty-printed (two spaces): the file is meant to be diffable and readable by a person too. */
export function serializeJson(saved: readonly SavedArticle[], now: Date): string {
  return JSON.stringify(toLibraryFile(saved, now), null, 2) + '\n';
}

/** An import problem: `path` says where ("articles[2].annotations[0].type"), the message says what. */
export class ImportFormatError extends Error {
  override name = 'ImportFormatError';
  constructor(
    readonly path: string,
    vi: string,
    en: string,
  ) {
    super(`Tệp nhập không hợp lệ — ${path || 'tệp'}: ${vi}. (Invalid import file — ${path || 'file'}: ${en}.)`);
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}
function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new ImportFormatError(path, 'cần một đối tượng', 'expected an object');
  return v;
}
function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new ImportFormatError(path, 'cần một danh sách', 'expected an array');
  return v;
}
function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new ImportFormatError(path, 'cần một chuỗi văn bản', 'expected a string');
  return v;
}
function optStr(v: unknown, path: string): string | undefined {
  return v === undefined ? undefined : str(v, path);
}
function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ImportFormatError(path, 'cần một số', 'expected a number');
  return v;
}
function optNum(v: unknown, path: string): number | undefined {
  return v === undefined ? undefined : num(v, path);
}
function offset(v: unknown, path: string): number {
  if (!Number.isInteger(v) || (v as number) < 0)
    throw new ImportFormatError(path, 'cần một số nguyên không âm', 'expected a non-negative integer');
  return v as number;
}
function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new ImportFormatError(path, 'cần true hoặc false', 'expected true or false');
  return v;
}
function entityType(v: unknown, path: string): EntityType {
  if (!ENTITY_TYPES.includes(v as EntityType))
    throw new ImportFormatError(path, `loại "${String(v)}" không tồn tại`, `unknown type "${String(v)}"; expected one of ${ENTITY_TYPES.join(', ')}`);
  return v as EntityType;
}

function parseArticle(v: unknown, path: string): ArticleRecord {
  const o = obj(v, path);
  const url = str(o.url, `${path}.url`);
  if (!normalizeUrl(url)) throw new ImportFormatError(`${path}.url`, 'cần một địa chỉ http(s)', 'expected an http(s) URL');
  const canonicalUrl = optStr(o.canonicalUrl, `${path}.canonicalUrl`);
  // The library opens an article at its canonical address: a file must not smuggle in a javascript: link.
  if (canonicalUrl !== undefined && !normalizeUrl(canonicalUrl, url))
    throw new ImportFormatError(`${path}.canonicalUrl`, 'cần một địa chỉ http(s)', 'expected an http(s) URL');
  const text = str(o.text, `${path}.text`);
  return {
    // Identity is recomputed by the importer with today's rules; the file's key is informative only.
    key: typeof o.key === 'string' ? o.key : '',
    url,
    canonicalUrl,
    site: str(o.site, `${path}.site`),
    title: str(o.title, `${path}.title`),
    published: optStr(o.published, `${path}.published`),
    province: optStr(o.province, `${path}.province`),
    isProvincial: bool(o.isProvincial, `${path}.isProvincial`),
    provincialScore: num(o.provincialScore, `${path}.provincialScore`),
    textHash: str(o.textHash, `${path}.textHash`),
    text,
    analyzedAt: num(o.analyzedAt, `${path}.analyzedAt`),
    createdAt: num(o.createdAt, `${path}.createdAt`),
  };
}

function parseAnnotation(v: unknown, path: string): AnnotationRecord {
  const o = obj(v, path);
  const sels = arr(o.selectors, `${path}.selectors`);
  if (sels.length !== 2)
    throw new ImportFormatError(`${path}.selectors`, 'cần đúng 2 bộ chọn (quote, position)', 'expected exactly 2 selectors (quote, position)');
  const q = obj(sels[0], `${path}.selectors[0]`);
  const p = obj(sels[1], `${path}.selectors[1]`);
  if (q.type !== 'TextQuoteSelector')
    throw new ImportFormatError(`${path}.selectors[0].type`, 'cần "TextQuoteSelector"', 'expected "TextQuoteSelector"');
  if (p.type !== 'TextPositionSelector')
    throw new ImportFormatError(`${path}.selectors[1].type`, 'cần "TextPositionSelector"', 'expected "TextPositionSelector"');
  const start = offset(p.start, `${path}.selectors[1].start`);
  const end = offset(p.end, `${path}.selectors[1].end`);
  if (end < start) throw new ImportFormatError(`${path}.selectors[1]`, 'end nhỏ hơn start', 'end is before start');
  if (o.source !== 'auto' && o.source !== 'user')
    throw new ImportFormatError(`${path}.source`, 'cần "auto" hoặc "user"', 'expected "auto" or "user"');
  if (o.anchor !== 'quote+position/v1')
    throw new ImportFormatError(`${path}.anchor`, 'cách neo không được hỗ trợ', 'unsupported anchoring strategy; expected "quote+position/v1"');
  const value = o.value;
  if (value !== undefined && typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value)))
    throw new ImportFormatError(`${path}.value`, 'cần một số hoặc chuỗi', 'expected a number or a string');
  if (o.place !== undefined) {
    const pl = obj(o.place, `${path}.place`);
    str(pl.name, `${path}.place.name`);
    str(pl.level, `${path}.place.level`);
    bool(pl.current, `${path}.place.current`);
  }
  const rec: AnnotationRecord = {
    articleId: 0,
    // A reader's plain highlight has the USER type; automatic annotations always name an entity type.
    type: o.source === 'user' && o.type === USER_TYPE ? USER_TYPE : entityType(o.type, `${path}.type`),
    text: str(o.text, `${path}.text`),
    source: o.source,
    anchor: 'quote+position/v1',
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: str(q.exact, `${path}.selectors[0].exact`),
        prefix: str(q.prefix, `${path}.selectors[0].prefix`),
        suffix: str(q.suffix, `${path}.selectors[0].suffix`),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  };
  const optional: Partial<AnnotationRecord> = {
    value: value as number | string | undefined,
    currency: optStr(o.currency, `${path}.currency`),
    unit: optStr(o.unit, `${path}.unit`),
    qualifier: optStr(o.qualifier, `${path}.qualifier`),
    per: optStr(o.per, `${path}.per`),
    of: optNum(o.of, `${path}.of`),
    valueMin: optNum(o.valueMin, `${path}.valueMin`),
    valueMax: optNum(o.valueMax, `${path}.valueMax`),
    modifier: optStr(o.modifier, `${path}.modifier`),
    place: o.place as AnnotationRecord['place'],
    expansion: optStr(o.expansion, `${path}.expansion`),
    note: optStr(o.note, `${path}.note`),
  };
  for (const [k, val] of Object.entries(optional)) if (val !== undefined) (rec as unknown as Obj)[k] = val;
  return rec;
}

function parseSentence(v: unknown, path: string): SummarySentence {
  const o = obj(v, path);
  return {
    start: offset(o.start, `${path}.start`),
    end: offset(o.end, `${path}.end`),
    text: str(o.text, `${path}.text`),
    score: num(o.score, `${path}.score`),
    rank: num(o.rank, `${path}.rank`),
  };
}

/**
 * Reads a library file. Throws ImportFormatError naming the first problem: not JSON, not a Soi Tin
 * file, a schema version this build does not know, or a field of the wrong shape.
 * Database ids in the file are dropped: the importer assigns its own.
 */
export function parseLibraryFile(content: string): LibraryFile {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportFormatError('', `không phải JSON hợp lệ (${(e as Error).message})`, `not valid JSON (${(e as Error).message})`);
  }
  const root = obj(data, '');
  if (root.schemaVersion === undefined)
    throw new ImportFormatError('schemaVersion', 'thiếu — đây không phải tệp xuất của Soi Tin', 'missing — this is not a Soi Tin export');
  if (root.schemaVersion !== SCHEMA_VERSION) {
    const newer = typeof root.schemaVersion === 'number' && root.schemaVersion > SCHEMA_VERSION;
    throw new ImportFormatError(
      'schemaVersion',
      newer
        ? `phiên bản ${root.schemaVersion} do bản Soi Tin mới hơn tạo ra; hãy cập nhật tiện ích`
        : `phiên bản ${String(root.schemaVersion)} không được hỗ trợ (cần ${SCHEMA_VERSION})`,
      newer
        ? `version ${root.schemaVersion} was written by a newer Soi Tin; update the extension`
        : `unsupported version ${String(root.schemaVersion)} (expected ${SCHEMA_VERSION})`,
    );
  }
  const articles = arr(root.articles, 'articles').map((item, i) => {
    const path = `articles[${i}]`;
    const o = obj(item, path);
    return {
      article: parseArticle(o.article, `${path}.article`),
      annotations: arr(o.annotations, `${path}.annotations`).map((a, j) => parseAnnotation(a, `${path}.annotations[${j}]`)),
      summary: arr(o.summary, `${path}.summary`).map((s, j) => parseSentence(s, `${path}.summary[${j}]`)),
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    exportedAt: typeof root.exportedAt === 'string' ? root.exportedAt : '',
    generator: GENERATOR,
    articles,
  };
}
