// The scorer behind the seed F1 gate and `npm run eval`, checked on small hand-made cases whose
// answers can be worked out on paper.
import {
  countMatches,
  finishScore,
  formatScoreTable,
  outermost,
  scoreNer,
  spansFromBio,
  toVlspTypes,
  type ScoreSpan,
} from '../../src/eval/ner-score';

const s = (start: number, end: number, type: string, extra: Partial<ScoreSpan> = {}): ScoreSpan => ({ start, end, type, ...extra });

describe('outermost', () => {
  it('drops spans strictly inside another predicted span, whatever their type', () => {
    const kept = outermost([s(0, 20, 'ORGANIZATION'), s(10, 20, 'LOCATION'), s(25, 30, 'PERSON'), s(0, 5, 'TITLE')]);
    expect(kept).toEqual([s(0, 20, 'ORGANIZATION'), s(25, 30, 'PERSON')]);
  });

  it('keeps both of two spans with identical extents (neither contains the other)', () => {
    expect(outermost([s(3, 8, 'LOCATION'), s(3, 8, 'ORGANIZATION')])).toHaveLength(2);
  });

  it('keeps partially overlapping spans', () => {
    expect(outermost([s(0, 10, 'A'), s(5, 15, 'B')])).toHaveLength(2);
  });

  it('drops a span sharing only its end with a longer one', () => {
    expect(outermost([s(5, 10, 'B'), s(0, 10, 'A')])).toEqual([s(0, 10, 'A')]);
  });
});

describe('scoreNer exact and overlap', () => {
  it('is perfect on identical lists', () => {
    const gold = [s(0, 5, 'PERSON'), s(10, 20, 'LOCATION')];
    const r = scoreNer(gold, gold);
    expect(r.exact.overall.f1).toBe(1);
    expect(r.overlap.overall.f1).toBe(1);
  });

  it('counts a boundary error as FP+FN in exact mode but a hit in overlap mode', () => {
    const r = scoreNer([s(0, 4, 'PERSON')], [s(0, 5, 'PERSON')]);
    expect(r.exact.overall).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(r.overlap.overall).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
  });

  it('requires the same type in both modes', () => {
    const r = scoreNer([s(0, 5, 'ORGANIZATION')], [s(0, 5, 'LOCATION')]);
    expect(r.exact.overall.tp).toBe(0);
    expect(r.overlap.overall.tp).toBe(0);
    expect(r.exact.perType.ORGANIZATION).toMatchObject({ fp: 1 });
    expect(r.exact.perType.LOCATION).toMatchObject({ fn: 1 });
  });

  it('matches one-to-one in overlap mode: one long prediction covers only one of two gold spans', () => {
    const r = scoreNer([s(0, 20, 'LOCATION')], [s(0, 8, 'LOCATION'), s(10, 20, 'LOCATION')]);
    expect(r.overlap.overall).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('does not let a neighbour steal an exact pair in overlap mode', () => {
    // Prediction A (0-12) overlaps both golds; prediction B (10-20) is exact on the second gold.
    const r = scoreNer([s(0, 12, 'LOCATION'), s(10, 20, 'LOCATION')], [s(0, 8, 'LOCATION'), s(10, 20, 'LOCATION')]);
    expect(r.overlap.overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(r.exact.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('counts a duplicated prediction once as TP and once as FP', () => {
    const r = scoreNer([s(0, 5, 'PERSON'), s(0, 5, 'PERSON')], [s(0, 5, 'PERSON')]);
    expect(r.exact.overall).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('computes micro P/R/F1 per type and overall', () => {
    // PERSON: 2 tp, 1 fp, 0 fn. LOCATION: 1 tp, 0 fp, 2 fn. Overall 3 tp, 1 fp, 2 fn.
    const gold = [s(0, 3, 'PERSON'), s(5, 8, 'PERSON'), s(10, 13, 'LOCATION'), s(15, 18, 'LOCATION'), s(20, 23, 'LOCATION')];
    const pred = [s(0, 3, 'PERSON'), s(5, 8, 'PERSON'), s(30, 33, 'PERSON'), s(10, 13, 'LOCATION')];
    const r = scoreNer(pred, gold);
    expect(r.exact.perType.PERSON.precision).toBeCloseTo(2 / 3);
    expect(r.exact.perType.PERSON.recall).toBe(1);
    expect(r.exact.perType.LOCATION.recall).toBeCloseTo(1 / 3);
    expect(r.exact.overall.precision).toBeCloseTo(3 / 4);
    expect(r.exact.overall.recall).toBeCloseTo(3 / 5);
    expect(r.exact.overall.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('scores the outer predicted span only (a LOCATION inside an ORGANIZATION is ignored)', () => {
    const gold = [s(0, 16, 'ORGANIZATION')];
    const pred = [s(0, 16, 'ORGANIZATION'), s(5, 16, 'LOCATION')];
    expect(scoreNer(pred, gold).exact.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('returns zeros, not NaN, for empty inputs', () => {
    const r = scoreNer([], []);
    expect(r.exact.overall).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('optional gold spans', () => {
  it('neither rewards nor penalises them: dropped from gold, overlapping predictions dropped', () => {
    const gold = [s(0, 4, 'ORGANIZATION', { optional: true }), s(10, 15, 'PERSON')];
    const withIt = scoreNer([s(0, 4, 'ORGANIZATION'), s(10, 15, 'PERSON')], gold);
    const withPartial = scoreNer([s(0, 9, 'LOCATION'), s(10, 15, 'PERSON')], gold);
    const without = scoreNer([s(10, 15, 'PERSON')], gold);
    for (const r of [withIt, withPartial, without]) expect(r.exact.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('VLSP mapping', () => {
  it('maps the three entity types and drops TITLE and figures before the containment filter', () => {
    // TITLE "Chủ tịch UBND tỉnh X" contains ORG "UBND tỉnh X": with TITLE dropped first the ORG survives.
    const pred = [s(0, 20, 'TITLE'), s(9, 20, 'ORGANIZATION'), s(21, 30, 'PERSON'), s(31, 36, 'MONEY'), s(40, 45, 'LOCATION')];
    const mapped = toVlspTypes(pred);
    expect(mapped.map((x) => x.type)).toEqual(['ORG', 'PER', 'LOC']);
    const gold = [s(9, 20, 'ORG'), s(21, 30, 'PER'), s(40, 45, 'LOC'), s(50, 55, 'MISC')];
    const r = scoreNer(mapped, gold, { types: ['PER', 'LOC', 'ORG'] });
    expect(r.exact.overall).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(Object.keys(r.exact.perType)).toEqual(['PER', 'LOC', 'ORG']);
  });
});

describe('accumulating documents', () => {
  it('sums counts over several documents before computing ratios (micro average)', () => {
    const acc = countMatches([s(0, 3, 'PER')], [s(0, 3, 'PER')]);
    countMatches([s(0, 3, 'PER')], [s(4, 6, 'PER')], { into: acc });
    const r = finishScore(acc, ['PER']);
    expect(r.exact.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(acc.falsePositives).toEqual([s(0, 3, 'PER')]);
    expect(acc.falseNegatives).toEqual([s(4, 6, 'PER')]);
  });
});

describe('spansFromBio', () => {
  it('joins syllables with spaces and reads BIO into character spans', () => {
    const { text, spans } = spansFromBio(
      ['Ông', 'Nguyễn', 'Văn', 'A', 'đến', 'Hà', 'Nội', 'và', 'TP', 'HCM'],
      ['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'O', 'B-LOC', 'B-LOC'],
    );
    expect(text).toBe('Ông Nguyễn Văn A đến Hà Nội và TP HCM');
    expect(spans.map((x) => [x.type, x.text])).toEqual([
      ['PER', 'Nguyễn Văn A'],
      ['LOC', 'Hà Nội'],
      ['LOC', 'TP'],
      ['LOC', 'HCM'],
    ]);
    for (const x of spans) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('starts a new span on an I- tag of a different type or after O', () => {
    const { spans } = spansFromBio(['a', 'b', 'c', 'd'], ['B-PER', 'I-LOC', 'O', 'I-ORG']);
    expect(spans.map((x) => `${x.type}:${x.text}`)).toEqual(['PER:a', 'LOC:b', 'ORG:d']);
  });
});

describe('formatScoreTable', () => {
  it('prints one row per type and an overall row', () => {
    const out = formatScoreTable(scoreNer([s(0, 3, 'PER')], [s(0, 3, 'PER')], { types: ['PER', 'LOC'] }));
    expect(out).toMatch(/^PER .*100\.0/m);
    expect(out).toMatch(/^LOC /m);
    expect(out).toMatch(/^ALL \(micro\)/m);
  });
});
