// Value accuracy of figures on matched spans, for `npm run eval`: a span found at the right place is only
// useful to a reader if its normalised meaning is right too ("1,32 tỷ USD" → 1.32e9 USD, "12/5/1976" →
// 1976-05-12). Pure (no I/O, no core imports) like ner-score.ts.
//
// For each non-optional gold span of a checked type, the prediction paired with it is the exact one (same
// start, end, type) when there is one, else — in overlap mode — the same-type outermost prediction sharing
// the most characters. Only paired spans are judged: a missed span is a recall error, already counted by
// the NER scorer, not a value error.
import { outermost, type ScoreSpan } from './ner-score';

/** Types whose `value` is compared (QUANTITY/ORDINAL/PERIOD values are not judged here). */
export const VALUE_TYPES: readonly string[] = ['MONEY', 'PERCENT', 'DATE'];

/** Relative tolerance for numbers: "1,32 tỷ" parsed through floats may be off in the last bits. */
const NUMBER_TOLERANCE = 1e-9;

export interface ValueSpan extends ScoreSpan {
  value?: number | string;
  valueMin?: number;
  valueMax?: number;
  currency?: string;
}

export interface ValueCounts {
  /** Gold spans with a prediction paired to them. */
  matched: number;
  /** …of which the prediction's value (and currency for MONEY) equals the gold's. */
  correct: number;
  /** Samples of wrong values, for the error listing. */
  wrong: { gold: ValueSpan; predicted: ValueSpan }[];
}

export type ValueTable = Record<string, { exact: ValueCounts; overlap: ValueCounts }>;

export function emptyValueTable(types: readonly string[] = VALUE_TYPES): ValueTable {
  const t: ValueTable = {};
  for (const type of types) t[type] = { exact: emptyValueCounts(), overlap: emptyValueCounts() };
  return t;
}

function emptyValueCounts(): ValueCounts {
  return { matched: 0, correct: 0, wrong: [] };
}

function sameNumber(a: number | string | undefined, b: number | string | undefined): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return a === b;
  return Math.abs(a - b) <= NUMBER_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Same meaning: value (or range), and for MONEY the currency. */
export function sameValue(gold: ValueSpan, predicted: ValueSpan): boolean {
  if (gold.type === 'MONEY' && gold.currency !== predicted.currency) return false;
  if (gold.valueMin !== undefined || gold.valueMax !== undefined)
    return sameNumber(gold.valueMin, predicted.valueMin) && sameNumber(gold.valueMax, predicted.valueMax);
  return sameNumber(gold.value, predicted.value);
}

function shared(a: ScoreSpan, b: ScoreSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Adds one document's value judgements to `into` (one-to-one pairing, exact pairs first). */
export function countValues(predicted: readonly ValueSpan[], gold: readonly ValueSpan[], into: ValueTable): ValueTable {
  const types = Object.keys(into);
  const optional = gold.filter((g) => g.optional);
  const preds = outermost(predicted).filter((p) => types.includes(p.type) && !optional.some((o) => shared(o, p) > 0));
  const golds = gold.filter((g) => !g.optional && types.includes(g.type));
  const used = new Array<boolean>(preds.length).fill(false);
  const pairs: (number | undefined)[] = golds.map((g) => {
    const j = preds.findIndex((p, k) => !used[k] && p.type === g.type && p.start === g.start && p.end === g.end);
    if (j >= 0) used[j] = true;
    return j >= 0 ? j : undefined;
  });
  golds.forEach((g, i) => {
    let j = pairs[i];
    const exact = j !== undefined;
    if (!exact) {
      let best = 0;
      preds.forEach((p, k) => {
        if (used[k] || p.type !== g.type) return;
        const s = shared(g, p);
        if (s > best) {
          best = s;
          j = k;
        }
      });
      if (j === undefined) return;
      used[j] = true;
    }
    const p = preds[j!];
    const ok = sameValue(g, p);
    for (const c of exact ? [into[g.type].exact, into[g.type].overlap] : [into[g.type].overlap]) {
      c.matched++;
      if (ok) c.correct++;
      else if (c === into[g.type].overlap) c.wrong.push({ gold: g, predicted: p });
    }
  });
  return into;
}

/** Fixed-width lines: "MONEY   exact 25/27 (92.6%)   overlap 27/29 (93.1%)". */
export function formatValueTable(table: ValueTable): string[] {
  const pct = (c: ValueCounts) => (c.matched ? `${((100 * c.correct) / c.matched).toFixed(1)}%` : '—');
  return Object.entries(table).map(
    ([type, { exact, overlap }]) =>
      `${type.padEnd(14)}|  exact-matched ${`${exact.correct}/${exact.matched}`.padStart(7)} ${pct(exact).padStart(6)}` +
      `   overlap-matched ${`${overlap.correct}/${overlap.matched}`.padStart(7)} ${pct(overlap).padStart(6)}`,
  );
}
