// Shared inputs for the store, background and export tests: the seed article and a hand-built Analysis
// from its gold labels (the recognizers are written concurrently; these tests are about storage).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analysis, Span, SummarySentence } from '../../src/core/types';
import type { ExtractedArticle } from '../../src/shared/records';
import { openDb, type SoiTinDb } from '../../src/store';

const seedDir = fileURLToPath(new URL('../fixtures/seed/', import.meta.url));
export const SEED_TEXT = readFileSync(seedDir + 'article.txt', 'utf8');
const gold = JSON.parse(readFileSync(seedDir + 'gold.json', 'utf8')) as {
  title: string;
  published: string;
  entities: (Span & { optional?: boolean; note?: string })[];
  summary_reference: { sentences: { start: number; end: number; text: string; rank: number }[] };
};

export const SEED_URL = 'https://baothanhhoa.vn/pho-bi-thu-thuong-truc-tinh-uy-tham-ha-trung-tong-son-267890.htm';

export function seedArticle(over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return { url: SEED_URL, site: 'baothanhhoa.vn', title: gold.title, published: gold.published, text: SEED_TEXT, ...over };
}

/** The gold spans (non-optional) as an Analysis, with the three top-ranked reference sentences as summary. */
export function seedAnalysis(): Analysis {
  const entities = gold.entities
    .filter((e) => !e.optional)
    .map(({ optional: _o, note: _n, ...span }) => span as Span);
  const summary: SummarySentence[] = gold.summary_reference.sentences
    .filter((s) => s.rank <= 3)
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: s.start, end: s.end, text: s.text, rank: s.rank, score: 1 / s.rank }));
  return {
    lang: 'vi',
    provincial: { score: 0.9, isProvincial: true, province: 'Thanh Hóa', signals: [] },
    entities,
    summary,
  };
}

/** A small article and analysis built by hand: `spans` are [start, end, type] into `text`. */
export function tinyInput(
  text: string,
  spans: [number, number, Span['type'], Partial<Span>?][],
  over: Partial<ExtractedArticle> = {},
): { article: ExtractedArticle; analysis: Analysis } {
  return {
    article: { url: 'https://baomoi.example.vn/bai-viet-1.html', site: 'baomoi.example.vn', title: 'Bài thử', text, ...over },
    analysis: {
      lang: 'vi',
      provincial: { score: 0.5, isProvincial: true, province: 'Nghệ An', signals: [] },
      entities: spans.map(([start, end, type, extra]) => ({ start, end, type, text: text.slice(start, end), ...extra })),
      summary: [{ start: 0, end: text.length, text, score: 1, rank: 1 }],
    },
  };
}

let counter = 0;
/** A database no other test sees (fake-indexeddb is process-global). */
export function freshDb(): SoiTinDb {
  return openDb(`soitin-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`);
}
