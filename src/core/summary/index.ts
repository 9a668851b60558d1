// Extractive summary: pick the few sentences that best tell the story, in article order.
// Each story sentence (titles, captions, bylines and other page furniture are excluded first) gets a score
// mixing seven signals — LexRank centrality, position (news puts the essentials first), overlap with the
// title, overlap with the lead, the article's recurring officials (TITLE spans), figures and cue phrases — scaled by a length
// preference that depends on the summary length; then Maximal Marginal Relevance picks sentences one by
// one among the best-scored, discounting those that repeat what is already picked.
// Deterministic: no randomness, ties broken by article order. Linear in the text: the article is folded
// and tokenized once (tokenized.ts), vectors are integer-keyed, the sentence graph is windowed and MMR
// only sees the top MMR_POOL sentences.
import type { AnalyzeMeta, EntityType, Span, SummarySentence } from '../types';
import type { MatchText } from '../text/normalize';
import { segmentSentences, type SentenceRange } from '../text/sentences';
import { nonContentKind } from './noncontent';
import { buildVectors, cosine, type SparseVector } from './vectors';
import { centrality } from './centrality';
import { cueScoreLower, opensWithFrameLower, FRAMING_FACTOR } from './cues';
import { tokenize, sameIds, type TokenizedText } from './tokenized';

export const DEFAULT_SUMMARY_LENGTH = 3;
export const MIN_SUMMARY_LENGTH = 1;
export const MAX_SUMMARY_LENGTH = 7;

/**
 * Weights of the signals (each scaled to 0..1 within the article, cues to −1..1). Position and centrality
 * carry most: in Vietnamese news the lead states who/what/where, and central sentences restate the topic.
 * Title overlap finds the sentence that explains the headline; the entity signal favours sentences about
 * the officials the article keeps returning to; figures lift the sentence with the hard number a reader looks
 * for; cue phrases prefer directives and results over procedural framing ("Làm việc với …, đoàn đã nghe …").
 */
export const WEIGHTS = {
  centrality: 0.2,
  position: 0.25,
  title: 0.25,
  lead: 0.05,
  entities: 0.15,
  figures: 0.15,
  cues: 0.1,
} as const;

/** Position signal = 1 / (1 + POSITION_DECAY · k) for the k-th story sentence (0-based). */
export const POSITION_DECAY = 0.5;
/** MMR trade-off: 1 = pure score, 0 = pure novelty. */
export const MMR_LAMBDA = 0.5;
/** Only the best-scored sentences compete in MMR (keeps selection O(pool · budget) on huge pages). */
export const MMR_POOL = 60;
/** Sentences shorter than this (in syllables) are fragments; their score is halved. */
export const MIN_SENTENCE_SYLLABLES = 8;
export const SHORT_SENTENCE_FACTOR = 0.5;

/**
 * Length preference — a product choice that depends on the summary length the reader asked for.
 * A short summary (1–3 sentences) is a glance in a small popup: it must be compact, so beyond
 * COMPACT_SOFT_MAX syllables a sentence's score is scaled by (COMPACT_SOFT_MAX / length)^exponent and a
 * 70-syllable sentence must carry clearly more than a 30-syllable one to win (otherwise every signal
 * grows with length and the glance becomes a wall of text). A long summary (5–7) is a reading aid: it
 * can afford the full directive sentences a provincial report is built on ("Đồng chí … đề nghị cấp ủy,
 * chính quyền … tập trung …" often runs to 70+ syllables), so the exponent fades linearly from
 * COMPACT_EXPONENT at COMPACT_BUDGET sentences to 0 at FULL_BUDGET sentences and beyond.
 */
export const COMPACT_SOFT_MAX = 35;
export const COMPACT_EXPONENT = 0.8;
export const COMPACT_BUDGET = 3;
export const FULL_BUDGET = 5;
/** A first line without final punctuation and at most this long is taken as the title when meta has none. */
export const IMPLICIT_TITLE_MAX_SYLLABLES = 40;

/**
 * Entity signal, over the official positions (TITLE; names do not count — see CONCEPT_TYPES). How much
 * each type weighs; each mention then counts by its SALIENCE in the article: 1 when the title names it, else min(1, (sentences mentioning it − 1) / SALIENCE_MENTIONS) —
 * a name mentioned once (a guest in a list, a place passed through) adds nothing, a recurring actor adds
 * fully. The sum is divided by the sentence length (floored at DENSITY_FLOOR syllables), so a long
 * sentence that merely lists many names does not win on count alone.
 */
export const ENTITY_WEIGHTS: Partial<Record<EntityType, number>> = {
  TITLE: 1,
};
export const SALIENCE_MENTIONS = 2;
export const DENSITY_FLOOR = 15;
/** How much each figure adds to the figures signal (capped at 1): amounts and rates matter most. */
export const FIGURE_WEIGHTS: Partial<Record<EntityType, number>> = {
  MONEY: 1,
  PERCENT: 1,
  QUANTITY: 0.3,
  PERIOD: 0.2,
  DATE: 0.1,
  ORDINAL: 0.1,
};
/** Digit-bearing syllables not covered by any figure span (or when no spans were given) still count. */
export const BARE_NUMBER_WEIGHT = 0.3;

const FIGURE_TYPES = new Set<EntityType>(['MONEY', 'PERCENT', 'QUANTITY']);
const TERMINAL_RE = /[.!?…:;"”')\]»]$/u;

/** Options beside the article metadata: analyze() may hand over its folded copy to save a pass. */
export interface SummarizeOptions extends AnalyzeMeta {
  folded?: MatchText;
  /** Signal weights other than WEIGHTS (scripts/train-summary.ts fits them on the project's own corpus). */
  weights?: SignalWeights;
}

export type SignalWeights = Record<keyof typeof WEIGHTS, number>;
/** The signals' names, in the order summarize() computes them (each 0..1, cues −1..1). */
export const SIGNAL_NAMES = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];

interface Candidate {
  seg: SentenceRange;
  /** Index of the sentence among all segments. */
  index: number;
  /** Syllables in the sentence. */
  length: number;
  /** Unigram sequence for similarity (titles collapsed to one term each). */
  terms: number[];
  /** Ids (concept terms) of the named entities mentioned, each once. */
  names: number[];
  /** Type weight of each name in `names`. */
  nameWeights: number[];
  figures: number;
  cue: number;
  framed: boolean;
  score: number;
}

/** The summary of `text`: up to meta.summaryLength sentences (default 3), in article order, rank 1 = best. */
export function summarize(text: string, entities: Span[], meta: SummarizeOptions): SummarySentence[] {
  const budget = clampLength(meta.summaryLength);
  const segs = segmentSentences(text);
  if (segs.length === 0) return [];
  const tt = tokenize(text, segs, meta.folded);
  const lex = tt.lexicon;
  const perPara = new Int32Array(segs[segs.length - 1].para + 1);
  for (const s of segs) perPara[s.para]++;
  const spansBySeg = assignSpans(segs, entities);
  const concepts = conceptIds(tt, spansBySeg);

  const titleIds = meta.title ? lex.idsOf(meta.title) : [];
  const titleSegs = findTitle(text, segs, tt, titleIds);
  let titleForms = titleIds;
  if (!meta.title && titleSegs.size > 0) {
    titleForms = [];
    for (const i of titleSegs) for (let t = tt.first[i]; t < tt.last[i]; t++) titleForms.push(tt.form[t]);
  }
  const titleTerms = conceptualize(titleForms, concepts);

  const candidates: Candidate[] = [];
  for (let i = 0; i < segs.length; i++) {
    if (titleSegs.has(i)) continue;
    const seg = segs[i];
    const sentence = text.slice(seg.start, seg.end);
    const lower = sentence.normalize('NFC').toLowerCase();
    const length = tt.last[i] - tt.first[i];
    const spans = spansBySeg[i];
    let figureSpans = 0;
    for (const s of spans) if (FIGURE_TYPES.has(s.type)) figureSpans++;
    const kind = nonContentKind({
      text: sentence,
      lower,
      syllableCount: length,
      isolated: perPara[seg.para] === 1,
      figureCount: figureSpans + (spans.length === 0 ? digitTokens(tt, i) : 0),
    });
    if (kind) continue;
    const { terms, names, nameWeights } = sentenceTerms(tt, i, spans, concepts);
    candidates.push({
      seg,
      index: i,
      length,
      terms,
      names,
      nameWeights,
      figures: figures(tt, i, spans),
      cue: cueScoreLower(lower),
      framed: opensWithFrameLower(lower),
      score: 0,
    });
  }
  const n = candidates.length;
  if (n === 0) return [];

  // Vectors over story sentences; the title shares the vocabulary but not the IDF.
  const vectors = buildVectors([...candidates.map((c) => c.terms), titleTerms], lex.stop, lex.size, n);
  const titleVector = vectors[n];
  const central = centrality(vectors.slice(0, n));
  const density = entitySalience(candidates, titleForms, concepts);

  const titleSim = new Float64Array(n);
  const leadSim = new Float64Array(n);
  let maxTitle = 0;
  let maxLead = 0;
  let maxDensity = 0;
  for (let k = 0; k < n; k++) {
    titleSim[k] = titleTerms.length ? cosine(vectors[k], titleVector) : 0;
    leadSim[k] = k === 0 ? 1 : cosine(vectors[k], vectors[0]);
    if (titleSim[k] > maxTitle) maxTitle = titleSim[k];
    if (k > 0 && leadSim[k] > maxLead) maxLead = leadSim[k];
    if (density[k] > maxDensity) maxDensity = density[k];
  }

  const lengthExponent = lengthExponentFor(budget);
  const w = meta.weights ?? WEIGHTS;
  for (let k = 0; k < n; k++) {
    const c = candidates[k];
    const signals = [
      central[k],
      1 / (1 + POSITION_DECAY * k),
      maxTitle > 0 ? titleSim[k] / maxTitle : 0,
      maxLead > 0 ? Math.min(1, leadSim[k] / maxLead) : 0,
      maxDensity > 0 ? density[k] / maxDensity : 0,
      c.figures,
      c.cue,
    ];
    let score = 0;
    for (let j = 0; j < SIGNAL_NAMES.length; j++) score += w[SIGNAL_NAMES[j]] * signals[j];
    let factor = 1;
    if (c.length < MIN_SENTENCE_SYLLABLES) factor *= SHORT_SENTENCE_FACTOR;
    if (c.framed) factor *= FRAMING_FACTOR;
    if (lengthExponent > 0 && c.length > COMPACT_SOFT_MAX) factor *= Math.pow(COMPACT_SOFT_MAX / c.length, lengthExponent);
    c.score = score * factor;
  }

  const picked = selectMmr(candidates, vectors, Math.min(budget, n));
  const out: SummarySentence[] = picked.map((k, r) => ({
    start: candidates[k].seg.start,
    end: candidates[k].seg.end,
    text: text.slice(candidates[k].seg.start, candidates[k].seg.end),
    score: Math.round(candidates[k].score * 10000) / 10000,
    rank: r + 1,
  }));
  return out.sort((a, b) => a.start - b.start);
}

/** Exponent of the length preference for a summary of `budget` sentences (see COMPACT_EXPONENT). */
export function lengthExponentFor(budget: number): number {
  if (budget <= COMPACT_BUDGET) return COMPACT_EXPONENT;
  if (budget >= FULL_BUDGET) return 0;
  return (COMPACT_EXPONENT * (FULL_BUDGET - budget)) / (FULL_BUDGET - COMPACT_BUDGET);
}

/** Maximal Marginal Relevance over the best-scored MMR_POOL candidates; returns candidate indices in rank order. */
function selectMmr(candidates: Candidate[], vectors: SparseVector[], k: number): number[] {
  const order = Array.from(candidates.keys());
  order.sort((a, b) => candidates[b].score - candidates[a].score || a - b);
  const pool = order.slice(0, MMR_POOL);
  const maxScore = candidates[pool[0]]?.score || 1;
  const picked: number[] = [];
  const redundancy = new Float64Array(pool.length);
  const taken = new Uint8Array(pool.length);
  while (picked.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (taken[i]) continue;
      const value = MMR_LAMBDA * (candidates[pool[i]].score / maxScore) - (1 - MMR_LAMBDA) * redundancy[i];
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    const chosen = vectors[pool[best]];
    picked.push(pool[best]);
    for (let i = 0; i < pool.length; i++) {
      if (taken[i]) continue;
      const s = cosine(vectors[pool[i]], chosen);
      if (s > redundancy[i]) redundancy[i] = s;
    }
  }
  return picked;
}

/**
 * Salient-entity signal per candidate (see ENTITY_WEIGHTS): Σ type weight × salience over the names the
 * sentence mentions, over max(length, DENSITY_FLOOR). Names are compared by their folded syllables, not
 * by type, so a recognizer that types the same name differently in two sentences still counts it twice.
 */
function entitySalience(candidates: Candidate[], titleForms: number[], concepts: ConceptTable): Float64Array {
  const mentions = new Map<number, number>();
  for (const c of candidates) for (const id of c.names) mentions.set(id, (mentions.get(id) ?? 0) + 1);
  const inTitle = new Map<number, boolean>();
  const out = new Float64Array(candidates.length);
  candidates.forEach((c, k) => {
    let w = 0;
    for (let j = 0; j < c.names.length; j++) {
      const id = c.names[j];
      let titled = inTitle.get(id);
      if (titled === undefined) {
        titled = containsSeq(titleForms, concepts.syllables.get(id) ?? []);
        inTitle.set(id, titled);
      }
      const salience = titled ? 1 : Math.min(1, ((mentions.get(id) ?? 1) - 1) / SALIENCE_MENTIONS);
      w += c.nameWeights[j] * salience;
    }
    out[k] = w / Math.max(c.length, DENSITY_FLOOR);
  });
  return out;
}

/** Figures in sentence i, 0..1: recognised figure spans plus digit-bearing syllables outside any span. */
function figures(tt: TokenizedText, i: number, spans: Span[]): number {
  let w = 0;
  for (const s of spans) w += FIGURE_WEIGHTS[s.type] ?? 0;
  // Spans are sorted by start: sweep them alongside the tokens, tracking the furthest end seen so far.
  let j = 0;
  let coveredTo = -1;
  for (let t = tt.first[i]; t < tt.last[i]; t++) {
    const at = tt.start[t];
    while (j < spans.length && spans[j].start <= at) coveredTo = Math.max(coveredTo, spans[j++].end);
    if (tt.lexicon.digit[tt.form[t]] === 1 && at >= coveredTo) w += BARE_NUMBER_WEIGHT;
  }
  return Math.min(1, w);
}

function digitTokens(tt: TokenizedText, i: number): number {
  let count = 0;
  for (let t = tt.first[i]; t < tt.last[i]; t++) count += tt.lexicon.digit[tt.form[t]];
  return count;
}

/** Entity types whose words collapse into one term in the similarity vectors (see sentenceTerms). */
/**
 * Entity types whose words collapse into one term in the similarity vectors and feed the entity signal
 * (see sentenceTerms): official positions only. Names stay plain syllables: articles and their sapos refer
 * to people, places and bodies by partial names ("Nguyễn Hồng Phong" … "ông Phong", "UBND tỉnh Thanh Hóa"
 * … "tỉnh"), and one opaque term per full name lost those matches; a salience bonus for recurring names
 * pulled in quote and attribution sentences ("ông X cho biết …"). On the project corpus
 * (data-sources/corpus, 209 articles, sapo as reference) counting names this way cost 0.4–0.5 ROUGE points
 * at 2 and 3 sentences; titles still collapse, because a seven-syllable title repeated in every paragraph
 * would otherwise dominate every similarity, and still mark the sentences about the article's officials.
 */
const CONCEPT_TYPES = new Set<EntityType>(['TITLE']);

/** Every named entity of the article as one term id, with its syllable ids (for matching the title). */
interface ConceptTable {
  /** Concept term id of each named-entity span. */
  ofSpan: Map<Span, number>;
  /** Syllable ids of each concept term. */
  syllables: Map<number, number[]>;
  /** Concepts by their first syllable id, longest first (for conceptualize). */
  byFirst: Map<number, number[]>;
}

function conceptIds(tt: TokenizedText, spansBySeg: Span[][]): ConceptTable {
  const ofSpan = new Map<Span, number>();
  const syllables = new Map<number, number[]>();
  for (let i = 0; i < spansBySeg.length; i++) {
    let t = tt.first[i];
    for (const s of spansBySeg[i]) {
      if (!CONCEPT_TYPES.has(s.type)) continue;
      while (t < tt.last[i] && tt.start[t] < s.start) t++;
      const ids: number[] = [];
      for (let u = t; u < tt.last[i] && tt.start[u] < s.end; u++) ids.push(tt.form[u]);
      if (ids.length === 0) continue;
      // The key is the name's syllables alone: the same name typed differently is still one concept.
      const id = tt.lexicon.id(`\u0000${ids.join(' ')}`);
      ofSpan.set(s, id);
      syllables.set(id, ids);
    }
  }
  const byFirst = new Map<number, number[]>();
  for (const [id, ids] of syllables) {
    const list = byFirst.get(ids[0]);
    if (list) list.push(id);
    else byFirst.set(ids[0], [id]);
  }
  for (const list of byFirst.values()) {
    list.sort((a, b) => syllables.get(b)!.length - syllables.get(a)!.length || a - b);
  }
  return { ofSpan, syllables, byFirst };
}

/**
 * Sentence i as similarity terms: each TITLE span (CONCEPT_TYPES) becomes ONE term, so a
 * seven-syllable title repeated in every paragraph ("Phó Bí thư Thường trực Tỉnh ủy") counts as one
 * concept instead of dominating every similarity with thirteen unigrams and bigrams. Also returns the
 * distinct names mentioned (for the entity signal) with the weight of their type.
 */
function sentenceTerms(tt: TokenizedText, i: number, spans: Span[], concepts: ConceptTable) {
  const terms: number[] = [];
  const names: number[] = [];
  const nameWeights: number[] = [];
  let t = tt.first[i];
  const last = tt.last[i];
  let coveredTo = -1;
  for (const s of spans) {
    const id = concepts.ofSpan.get(s);
    if (id === undefined) continue;
    const weight = ENTITY_WEIGHTS[s.type] ?? 0;
    const at = names.indexOf(id);
    if (at < 0) {
      names.push(id);
      nameWeights.push(weight);
    } else if (weight > nameWeights[at]) nameWeights[at] = weight;
    if (s.start < coveredTo) continue; // nested inside a span already collapsed
    while (t < last && tt.start[t] < s.start) terms.push(tt.form[t++]);
    terms.push(id);
    while (t < last && tt.start[t] < s.end) t++;
    coveredTo = s.end;
  }
  while (t < last) terms.push(tt.form[t++]);
  return { terms, names, nameWeights };
}

/** Spans whose start falls in each sentence, each list sorted by start, longer first (one sweep). */
function assignSpans(segs: SentenceRange[], entities: Span[]): Span[][] {
  const out: Span[][] = segs.map(() => []);
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  let j = 0;
  for (let i = 0; i < segs.length; i++) {
    while (j < sorted.length && sorted[j].start < segs[i].start) j++;
    let k = j;
    while (k < sorted.length && sorted[k].start < segs[i].end) out[i].push(sorted[k++]);
    j = k;
  }
  return out;
}

/** Sentences that are the title line: equal to meta.title, or an unpunctuated short first line. */
function findTitle(text: string, segs: SentenceRange[], tt: TokenizedText, titleIds: number[]): Set<number> {
  const out = new Set<number>();
  if (titleIds.length) {
    // The title may be one sentence or a whole paragraph of several.
    for (let i = 0; i < segs.length; ) {
      let j = i;
      while (j < segs.length && segs[j].para === segs[i].para) j++;
      if (sameIds(tt.form, tt.first[i], tt.last[j - 1], titleIds)) for (let k = i; k < j; k++) out.add(k);
      else for (let k = i; k < j; k++) if (sameIds(tt.form, tt.first[k], tt.last[k], titleIds)) out.add(k);
      i = j;
    }
    return out;
  }
  const first = segs[0];
  const alone = segs.length < 2 || segs[1].para !== first.para;
  const firstText = text.slice(first.start, first.end);
  if (alone && segs.length > 1 && !TERMINAL_RE.test(firstText) && tt.last[0] - tt.first[0] <= IMPLICIT_TITLE_MAX_SYLLABLES) {
    out.add(0);
  }
  return out;
}

/**
 * The title is usually not part of the analysed text, so it has no spans: rewrite it with the same
 * one-term-per-entity ids by finding the entities' syllable sequences in it (longest first).
 */
function conceptualize(forms: number[], concepts: ConceptTable): number[] {
  if (concepts.byFirst.size === 0) return forms;
  const out: number[] = [];
  for (let i = 0; i < forms.length; ) {
    let hit = -1;
    for (const id of concepts.byFirst.get(forms[i]) ?? []) {
      if (startsWithAt(forms, i, concepts.syllables.get(id)!)) {
        hit = id;
        break;
      }
    }
    if (hit >= 0) {
      out.push(hit);
      i += concepts.syllables.get(hit)!.length;
    } else out.push(forms[i++]);
  }
  return out;
}

function startsWithAt(forms: number[], i: number, seq: number[]): boolean {
  if (i + seq.length > forms.length) return false;
  for (let k = 0; k < seq.length; k++) if (forms[i + k] !== seq[k]) return false;
  return true;
}

function containsSeq(forms: number[], seq: number[]): boolean {
  if (seq.length === 0) return false;
  for (let i = 0; i + seq.length <= forms.length; i++) if (startsWithAt(forms, i, seq)) return true;
  return false;
}

function clampLength(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_SUMMARY_LENGTH;
  return Math.min(MAX_SUMMARY_LENGTH, Math.max(MIN_SUMMARY_LENGTH, Math.round(n)));
}
