// Pure NER scorer shared by the seed F1 test and `npm run eval`. No I/O, no core imports: it compares two
// lists of character spans and counts matches, so it can be unit-tested on hand-made cases.
//
// Conventions (see tests/fixtures/seed/gold.json "conventions" and ../shared/data/eval/README.md):
// - the gold is ONE flat layer, so only predicted spans that no other predicted span contains are scored;
// - gold spans marked `optional` are borderline: removed from the gold, and predictions overlapping them
//   are dropped, so they neither reward nor penalise;
// - micro P/R/F1 per type and overall, under exact (same start, end, type) and overlap (same type, any
//   shared character, one-to-one) matching.

export interface ScoreSpan {
  start: number;
  end: number;
  type: string;
  text?: string;
  optional?: boolean;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Match counts of one or many documents, per type, before they become ratios. */
export interface MatchCounts {
  exact: Record<string, Counts>;
  overlap: Record<string, Counts>;
  /** Exact-mode errors, kept so developers can look at samples (`npm run eval -- --errors N`). */
  falsePositives: ScoreSpan[];
  falseNegatives: ScoreSpan[];
}

export interface NerScore {
  exact: { perType: Record<string, PRF>; overall: PRF };
  overlap: { perType: Record<string, PRF>; overall: PRF };
}

/** The analyzer's types → the three VLSP types; everything else (TITLE, figures) is not scored there. */
export const VLSP_TYPE_MAP: Readonly<Record<string, string>> = {
  PERSON: 'PER',
  LOCATION: 'LOC',
  ORGANIZATION: 'ORG',
};
export const VLSP_TYPES: readonly string[] = ['PER', 'LOC', 'ORG'];

/**
 * Maps predictions to VLSP types and drops TITLE and figures. Call BEFORE `outermost`: a TITLE like
 * "Chủ tịch UBND tỉnh" contains an ORG the VLSP gold labels on its own.
 */
export function toVlspTypes<T extends ScoreSpan>(spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const mapped = VLSP_TYPE_MAP[s.type];
    if (mapped) out.push({ ...s, type: mapped });
  }
  return out;
}

/**
 * Keeps the spans that no other span strictly contains (same or wider on both sides, and longer).
 * Two spans with identical extents do not contain each other, so both stay (and the wrong-typed one
 * counts as a false positive, which it is). Sort + sweep: O(n log n).
 */
export function outermost<T extends ScoreSpan>(spans: readonly T[]): T[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end);
  const keep = new Array<boolean>(spans.length).fill(true);
  // Among spans seen so far (all start at or before the current one): the furthest end, and the
  // smallest start of a span reaching it (the first one, given the sort order).
  let maxEnd = -1;
  let maxEndStart = -1;
  for (const i of order) {
    const s = spans[i];
    if (maxEnd > s.end || (maxEnd === s.end && maxEndStart < s.start)) keep[i] = false;
    if (s.end > maxEnd) {
      maxEnd = s.end;
      maxEndStart = s.start;
    }
  }
  return spans.filter((_, i) => keep[i]);
}

function overlaps(a: ScoreSpan, b: ScoreSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function bump(table: Record<string, Counts>, type: string, key: keyof Counts): void {
  const c = (table[type] ??= { tp: 0, fp: 0, fn: 0 });
  c[key]++;
}

export function emptyCounts(): MatchCounts {
  return { exact: {}, overlap: {}, falsePositives: [], falseNegatives: [] };
}

/**
 * Counts matches of one document. `predicted` must already be in the gold's type set (use `toVlspTypes`
 * first for VLSP) — this function applies the containment filter and the optional-span rule itself.
 * `types`, when given, restricts scoring to those types on both sides (e.g. VLSP ignores MISC gold).
 */
export function countMatches(
  predicted: readonly ScoreSpan[],
  gold: readonly ScoreSpan[],
  options: { types?: readonly string[]; into?: MatchCounts } = {},
): MatchCounts {
  const acc = options.into ?? emptyCounts();
  const allowed = options.types ? new Set(options.types) : null;
  const inScope = (s: ScoreSpan) => !allowed || allowed.has(s.type);

  const optional = gold.filter((g) => g.optional);
  const goldKept = gold.filter((g) => !g.optional && inScope(g));
  const predKept = outermost(predicted).filter(
    (p) => inScope(p) && !optional.some((o) => overlaps(o, p)),
  );

  // Exact: a multiset keyed by start:end:type, so duplicated predictions count once as TP and then as FP.
  const goldByKey = new Map<string, ScoreSpan[]>();
  for (const g of goldKept) {
    const k = `${g.start}:${g.end}:${g.type}`;
    (goldByKey.get(k) ?? goldByKey.set(k, []).get(k)!).push(g);
  }
  for (const p of predKept) {
    const bucket = goldByKey.get(`${p.start}:${p.end}:${p.type}`);
    if (bucket && bucket.length) {
      bucket.pop();
      bump(acc.exact, p.type, 'tp');
    } else {
      bump(acc.exact, p.type, 'fp');
      acc.falsePositives.push(p);
    }
  }
  for (const bucket of goldByKey.values())
    for (const g of bucket) {
      bump(acc.exact, g.type, 'fn');
      acc.falseNegatives.push(g);
    }

  // Overlap: typed and one-to-one. Exact pairs first (so an exact hit is never stolen by a neighbour),
  // then each remaining prediction takes the unmatched same-type gold it shares most characters with.
  const goldUsed = new Array<boolean>(goldKept.length).fill(false);
  const predUsed = new Array<boolean>(predKept.length).fill(false);
  const goldIndex = new Map<string, number[]>();
  goldKept.forEach((g, i) => {
    const k = `${g.start}:${g.end}:${g.type}`;
    (goldIndex.get(k) ?? goldIndex.set(k, []).get(k)!).push(i);
  });
  predKept.forEach((p, j) => {
    const idx = goldIndex.get(`${p.start}:${p.end}:${p.type}`);
    const i = idx?.find((x) => !goldUsed[x]);
    if (i !== undefined) {
      goldUsed[i] = true;
      predUsed[j] = true;
      bump(acc.overlap, p.type, 'tp');
    }
  });
  const goldSorted = goldKept.map((_, i) => i).sort((a, b) => goldKept[a].start - goldKept[b].start);
  predKept.forEach((p, j) => {
    if (predUsed[j]) return;
    let best = -1;
    let bestShared = 0;
    // Gold is one flat layer, so the candidates are few; a linear scan per prediction stays cheap
    // for sentence- and article-sized inputs.
    for (const i of goldSorted) {
      const g = goldKept[i];
      if (g.start >= p.end) break;
      if (goldUsed[i] || g.type !== p.type || !overlaps(g, p)) continue;
      const shared = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (shared > bestShared) {
        bestShared = shared;
        best = i;
      }
    }
    if (best >= 0) {
      goldUsed[best] = true;
      bump(acc.overlap, p.type, 'tp');
    } else bump(acc.overlap, p.type, 'fp');
  });
  goldKept.forEach((g, i) => {
    if (!goldUsed[i]) bump(acc.overlap, g.type, 'fn');
  });
  return acc;
}

/** P/R/F1 from counts; 0 (not NaN) when a denominator is empty, so tables stay readable. */
export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

function toTable(table: Record<string, Counts>, types?: readonly string[]): { perType: Record<string, PRF>; overall: PRF } {
  const perType: Record<string, PRF> = {};
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const keys = types ? [...types] : Object.keys(table).sort();
  for (const t of keys) {
    const c = table[t] ?? { tp: 0, fp: 0, fn: 0 };
    perType[t] = prf(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { perType, overall: prf(total) };
}

/** Turns accumulated counts into micro-averaged scores. `types` fixes the rows (missing ones show 0). */
export function finishScore(counts: MatchCounts, types?: readonly string[]): NerScore {
  return { exact: toTable(counts.exact, types), overlap: toTable(counts.overlap, types) };
}

/** One-document convenience: count and score. */
export function scoreNer(
  predicted: readonly ScoreSpan[],
  gold: readonly ScoreSpan[],
  options: { types?: readonly string[] } = {},
): NerScore {
  return finishScore(countMatches(predicted, gold, options), options.types);
}

/** Reads BIO tags over tokens joined by single spaces into character spans ("I-X" after O/other = new span). */
export function spansFromBio(tokens: readonly string[], tags: readonly string[]): { text: string; spans: ScoreSpan[] } {
  const text = tokens.join(' ');
  const spans: ScoreSpan[] = [];
  let offset = 0;
  let prevType = ''; // type of the span the previous token belongs to, '' after O
  for (let i = 0; i < tokens.length; i++) {
    const start = offset;
    const end = start + tokens[i].length;
    offset = end + 1;
    const tag = tags[i] ?? 'O';
    if (tag === 'O') {
      prevType = '';
      continue;
    }
    const type = tag.slice(2);
    const last = spans[spans.length - 1];
    if (tag.startsWith('I-') && prevType === type && last) last.end = end;
    else spans.push({ start, end, type });
    prevType = type;
  }
  for (const sp of spans) sp.text = text.slice(sp.start, sp.end);
  return { text, spans };
}

/** Fixed-width text table of a score (used by the seed test and the eval script). */
export function formatScoreTable(score: NerScore, title = ''): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines: string[] = [];
  if (title) lines.push(title);
  lines.push(
    `${'type'.padEnd(14)}|${'exact P'.padStart(8)}${'R'.padStart(7)}${'F1'.padStart(7)}  tp/fp/fn       |${'overlap P'.padStart(10)}${'R'.padStart(7)}${'F1'.padStart(7)}`,
  );
  const row = (name: string, e: PRF, o: PRF) =>
    `${name.padEnd(14)}|${pct(e.precision).padStart(8)}${pct(e.recall).padStart(7)}${pct(e.f1).padStart(7)}  ${`${e.tp}/${e.fp}/${e.fn}`.padEnd(15)}|${pct(o.precision).padStart(10)}${pct(o.recall).padStart(7)}${pct(o.f1).padStart(7)}`;
  for (const t of Object.keys(score.exact.perType)) lines.push(row(t, score.exact.perType[t], score.overlap.perType[t]));
  lines.push(row('ALL (micro)', score.exact.overall, score.overlap.overall));
  return lines.join('\n');
}
