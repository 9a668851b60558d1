// The value-accuracy scorer used by `npm run eval` (held-out set): hand-made spans, no analyzer involved.
import { countValues, emptyValueTable, sameValue } from '../../src/eval/value-accuracy';

describe('value accuracy of figures', () => {
  it('counts an exact-matched span with the right value and one with the wrong currency', () => {
    const gold = [
      { start: 0, end: 11, type: 'MONEY', value: 1.32e9, currency: 'USD' },
      { start: 20, end: 31, type: 'MONEY', value: 420e9, currency: 'VND' },
    ];
    const predicted = [
      { start: 0, end: 11, type: 'MONEY', value: 1320000000.0000002, currency: 'USD' },
      { start: 20, end: 31, type: 'MONEY', value: 420e9, currency: 'USD' },
    ];
    const t = countValues(predicted, gold, emptyValueTable());
    expect(t.MONEY.exact).toMatchObject({ matched: 2, correct: 1 });
    expect(t.MONEY.overlap.wrong).toHaveLength(1);
  });

  it('judges an overlapping span only in overlap mode, ignores misses and optional gold', () => {
    const gold = [
      { start: 5, end: 14, type: 'DATE', value: '2025-10-02' },
      { start: 40, end: 45, type: 'DATE', value: '2025' },
      { start: 60, end: 64, type: 'PERCENT', value: 3, optional: true },
    ];
    const predicted = [
      { start: 9, end: 14, type: 'DATE', value: '2025-10-02' },
      { start: 60, end: 64, type: 'PERCENT', value: 4 },
    ];
    const t = countValues(predicted, gold, emptyValueTable());
    expect(t.DATE.exact.matched).toBe(0);
    expect(t.DATE.overlap).toMatchObject({ matched: 1, correct: 1 });
    expect(t.PERCENT.overlap.matched).toBe(0);
  });

  it('compares ranges by their ends', () => {
    const g = { start: 0, end: 5, type: 'PERCENT', valueMin: 12, valueMax: 15 };
    expect(sameValue(g, { ...g })).toBe(true);
    expect(sameValue(g, { ...g, valueMax: 16 })).toBe(false);
    expect(sameValue(g, { start: 0, end: 5, type: 'PERCENT', value: 12 })).toBe(false);
  });
});
