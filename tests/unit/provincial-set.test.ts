// Quality gate on the project's invented provincial articles (tests/fixtures/provincial, 8 articles of the
// kind readers of provincial party newspapers see after the July 2025 reorganisation). What a reader sees
// highlighted must agree with the hand gold (all ten types, exact spans), and every money amount,
// percentage and date that is found at the right place must carry exactly the right value, because the
// hover card and the exports show those values.
import { analyze } from '../../src/core/analyze';
import { ENTITY_TYPES, type Span } from '../../src/core/types';
import { countMatches, emptyCounts, finishScore, formatScoreTable, outermost } from '../../src/eval/ner-score';
import { loadProvincialSet, type ProvincialGoldSpan } from '../fixtures/provincial/load';

/**
 * Exact-match micro F1 over all types. Measured 0.895 before the recognizer fixes this set prompted and
 * 0.991 after them (in-sample: the fixes were made looking at these articles' errors). The gate sits about
 * 2 points below the level reached, so an unrelated tweak may cost a span or two but a real regression fails.
 */
const MIN_EXACT_F1 = 0.97;
/** Figures whose value must be exactly right (shown verbatim in the hover card and exports). */
const VALUE_CHECKED_TYPES = ['MONEY', 'PERCENT', 'DATE'];

const articles = loadProvincialSet();
const results = articles.map((a) => ({ article: a, entities: analyze(a.text, { title: a.title, published: a.published }).entities }));

describe('project provincial set', () => {
  it('gold offsets index the articles (sanity of the fixtures themselves)', () => {
    expect(articles).toHaveLength(8);
    for (const { slug, text, gold } of articles) {
      for (const g of gold) expect(`${slug}: ${text.slice(g.start, g.end)}`).toBe(`${slug}: ${g.text}`);
    }
  });

  it(`reaches exact-match F1 ≥ ${MIN_EXACT_F1} over all types`, () => {
    const acc = emptyCounts();
    for (const { article, entities } of results) countMatches(entities, article.gold, { types: ENTITY_TYPES, into: acc });
    const score = finishScore(acc, ENTITY_TYPES);
    console.log(formatScoreTable(score, 'Provincial set (exact and overlap, outermost predicted spans)'));
    expect(score.exact.overall.f1).toBeGreaterThanOrEqual(MIN_EXACT_F1);
  });

  it('gives every MONEY, PERCENT and DATE found at the gold span exactly the gold value', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { article, entities } of results) {
      const scored = outermost(entities);
      for (const g of article.gold.filter((s) => VALUE_CHECKED_TYPES.includes(s.type) && !s.optional)) {
        const hit: Span | undefined = scored.find((p) => p.start === g.start && p.end === g.end && p.type === g.type);
        if (!hit) continue; // a missed span already costs F1 above
        checked++;
        problems.push(...valueProblems(article.slug, g, hit));
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('never returns two overlapping spans of the same type', () => {
    for (const { article, entities } of results) {
      for (const type of ENTITY_TYPES) {
        const same = entities.filter((e) => e.type === type).sort((a, b) => a.start - b.start);
        for (let i = 1; i < same.length; i++) {
          expect(same[i].start >= same[i - 1].end, `${article.slug}: ${type} "${same[i - 1].text}" / "${same[i].text}"`).toBe(true);
        }
      }
    }
  });
});

/** The value fields the gold states, compared one by one (a range has valueMin/valueMax, a share has `of`). */
function valueProblems(slug: string, g: ProvincialGoldSpan, hit: Span): string[] {
  const out: string[] = [];
  const at = `${slug} ${g.type} "${g.text}"`;
  const fields = ['value', 'valueMin', 'valueMax', 'of', 'currency', 'per'] as const;
  for (const f of fields) {
    if (g[f] === undefined) continue;
    if (hit[f] !== g[f]) out.push(`${at}: ${f} ${String(hit[f])} ≠ ${String(g[f])}`);
  }
  return out;
}
