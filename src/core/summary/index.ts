// Extractive summary: pick the few sentences that best tell the story, in article order.
// Each story sentence (titles, captions, bylines and other page furniture are excluded first) gets a score
// mixing five signals — LexRank centrality, position (news puts the essentials first), overlap with the
// title, overlap with the lead, and density of named entities and figures — then Maximal Marginal
// Relevance picks sentences one by one, discounting those that repeat what is already picked.
// Deterministic: no randomness, ties broken by article order.
import type { AnalyzeMeta, EntityType, Span, SummarySentence } from '../types';
import { segmentSentences, type SentenceRange } from '../text/sentences';
import { syllableForms, isNumberToken } from '../text/tokens';
import { nonContentKind, type NonContentKind } from './noncontent';
import { termBags, inverseDocFrequency, toVector, cosine, type SparseVector } from './vectors';
import { centrality } from './centrality';
import { cueScore, opensWithFrame, FRAMING_FACTOR } from './cues';

export const DEFAULT_SUMMARY_LENGTH = 3;
export const MIN_SUMMARY_LENGTH = 1;
export const MAX_SUMMARY_LENGTH = 7;

/**
 * Weights of the signals (each scaled to 0..1 within the article, cues to −1..1). Position and centrality
 * carry most: in Vietnamese news the lead states who/what/where, and central sentences restate the topic.
 * Title overlap finds the sentence that explains the headline; entity density favours concrete sentences
 * (who, where); figures lift the sentence with the hard number a reader looks for; cue phrases prefer
 * directives and results over procedural framing ("Làm việc với …, đoàn đã nghe báo cáo …").
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
/** Only the best-scored sentences compete in MMR (keeps selection cheap on huge pages). */
export const MMR_POOL = 60;
/** Sentences shorter than this (in syllables) are fragments; their score is halved. */
export const MIN_SENTENCE_SYLLABLES = 8;
export const SHORT_SENTENCE_FACTOR = 0.5;
/**
 * Length prior: a summary is read in a small popup, so beyond LENGTH_SOFT_MAX syllables a sentence's score
 * is scaled by (LENGTH_SOFT_MAX / length)^LENGTH_EXPONENT — a 60-syllable sentence must carry clearly more
 * than a 30-syllable one to be preferred (otherwise every signal above grows with length).
 */
export const LENGTH_SOFT_MAX = 40;
export const LENGTH_EXPONENT = 0.3;
/** A first line without final punctuation and at most this long is taken as the title when meta has none. */
export const IMPLICIT_TITLE_MAX_SYLLABLES = 40;

/**
 * How much each named-entity type adds to a sentence's entity density. A first mention (a person, place
 * or body not named in an earlier story sentence) counts fully; a repeat counts REPEAT_MENTION_FACTOR,
 * because a sentence that introduces new people and places tells more than one that names them again.
 */
export const ENTITY_WEIGHTS: Partial<Record<EntityType, number>> = {
  PERSON: 1,
  LOCATION: 0.7,
  ORGANIZATION: 0.7,
  TITLE: 0.4,
};
export const REPEAT_MENTION_FACTOR = 0.3;
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
/** Entity types whose words collapse into one term in the similarity vectors (see vectorForms). */
const CONCEPT_TYPES = new Set<EntityType>(['PERSON', 'TITLE', 'ORGANIZATION', 'LOCATION']);

const FIGURE_TYPES = new Set<EntityType>(['MONEY', 'PERCENT', 'QUANTITY']);
const TERMINAL_RE = /[.!?…:;"”')\]»]$/u;

interface Candidate {
  seg: SentenceRange;
  index: number;
  forms: string[];
  density: number;
  figures: number;
  cue: number;
  framed: boolean;
  score: number;
  vector?: SparseVector;
}

/** The summary of `text`: up to meta.summaryLength sentences (default 3), in article order, rank 1 = best. */
export function summarize(text: string, entities: Span[], meta: AnalyzeMeta): SummarySentence[] {
  const budget = clampLength(meta.summaryLength);
  const segs = segmentSentences(text);
  if (segs.length === 0) return [];
  const perPara = new Map<number, number>();
  for (const s of segs) perPara.set(s.para, (perPara.get(s.para) ?? 0) + 1);
  const spansBySeg = assignSpans(segs, entities);

  const titleKey = meta.title ? compareKey(meta.title) : '';
  const titleSegs = findTitle(text, segs, titleKey);
  let titleForms = meta.title ? syllableForms(meta.title) : [];
  if (!meta.title && titleSegs.size > 0) {
    titleForms = [...titleSegs].flatMap((i) => syllableForms(text.slice(segs[i].start, segs[i].end)));
  }
  titleForms = conceptualize(titleForms, entities);

  const candidates: Candidate[] = [];
  const seenMentions = new Set<string>();
  for (let i = 0; i < segs.length; i++) {
    if (titleSegs.has(i)) continue;
    const seg = segs[i];
    const sentence = text.slice(seg.start, seg.end);
    const forms = syllableForms(sentence);
    const spans = spansBySeg[i];
    const kind: NonContentKind | null = nonContentKind({
      text: sentence,
      syllableCount: forms.length,
      isolated: perPara.get(seg.para) === 1,
      figureCount: spans.filter((s) => FIGURE_TYPES.has(s.type)).length + (spans.length === 0 ? forms.filter(isNumberToken).length : 0),
    });
    if (kind) continue;
    candidates.push({
      seg,
      index: i,
      forms,
      density: density(forms, spans, seenMentions),
      figures: figures(sentence, seg.start, spans),
      cue: cueScore(sentence),
      framed: opensWithFrame(sentence),
      score: 0,
    });
  }
  if (candidates.length === 0) return [];

  // Vectors over story sentences; the title shares the vocabulary and IDF.
  const vocab = new Map<string, number>();
  const bags = termBags(
    [...candidates.map((c) => vectorForms(text, c.seg.start, c.seg.end, spansBySeg[c.index])), titleForms],
    vocab,
  );
  const idf = inverseDocFrequency(bags.slice(0, candidates.length), vocab.size);
  const vectors = bags.map((b) => toVector(b, idf));
  const titleVector = vectors[candidates.length];
  candidates.forEach((c, k) => (c.vector = vectors[k]));

  const central = centrality(vectors.slice(0, candidates.length));
  const leadVector = candidates[0].vector!;
  const titleSim = candidates.map((c) => (titleForms.length ? cosine(c.vector!, titleVector) : 0));
  const leadSim = candidates.map((c, k) => (k === 0 ? 1 : cosine(c.vector!, leadVector)));
  const maxDensity = Math.max(...candidates.map((c) => c.density), 0);
  const maxTitle = Math.max(...titleSim, 0);
  const maxLead = Math.max(...leadSim.slice(1), 0);

  candidates.forEach((c, k) => {
    const position = 1 / (1 + POSITION_DECAY * k);
    let score =
      WEIGHTS.centrality * central[k] +
      WEIGHTS.position * position +
      WEIGHTS.title * (maxTitle > 0 ? titleSim[k] / maxTitle : 0) +
      WEIGHTS.lead * (maxLead > 0 ? Math.min(1, leadSim[k] / maxLead) : 0) +
      WEIGHTS.entities * (maxDensity > 0 ? c.density / maxDensity : 0) +
      WEIGHTS.figures * c.figures +
      WEIGHTS.cues * c.cue;
    if (c.forms.length < MIN_SENTENCE_SYLLABLES) score *= SHORT_SENTENCE_FACTOR;
    if (c.framed) score *= FRAMING_FACTOR;
    if (c.forms.length > LENGTH_SOFT_MAX) score *= Math.pow(LENGTH_SOFT_MAX / c.forms.length, LENGTH_EXPONENT);
    c.score = score;

  });

  const picked = selectMmr(candidates, Math.min(budget, candidates.length));
  const out: SummarySentence[] = picked.map((c, r) => ({
    start: c.seg.start,
    end: c.seg.end,
    text: text.slice(c.seg.start, c.seg.end),
    score: Math.round(c.score * 10000) / 10000,
    rank: r + 1,
  }));
  return out.sort((a, b) => a.start - b.start);
}

/** Maximal Marginal Relevance over the best-scored MMR_POOL candidates; returns picks in rank order. */
function selectMmr(candidates: Candidate[], k: number): Candidate[] {
  const pool = [...candidates].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, MMR_POOL);
  const maxScore = pool[0]?.score || 1;
  const picked: Candidate[] = [];
  const redundancy = new Float64Array(pool.length);
  const taken = new Uint8Array(pool.length);
  while (picked.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (taken[i]) continue;
      const value = MMR_LAMBDA * (pool[i].score / maxScore) - (1 - MMR_LAMBDA) * redundancy[i];
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    const chosen = pool[best];
    picked.push(chosen);
    for (let i = 0; i < pool.length; i++) {
      if (taken[i]) continue;
      const s = cosine(pool[i].vector!, chosen.vector!);
      if (s > redundancy[i]) redundancy[i] = s;
    }
  }
  return picked;
}

/** Named entities per sentence (first mentions weigh more), over the square root of the sentence length. */
function density(forms: string[], spans: Span[], seen: Set<string>): number {
  if (forms.length === 0) return 0;
  let w = 0;
  for (const s of spans) {
    const base = ENTITY_WEIGHTS[s.type];
    if (!base) continue;
    const key = `${s.type}:${compareKey(s.text)}`;
    w += seen.has(key) ? base * REPEAT_MENTION_FACTOR : base;
    seen.add(key);
  }
  return w / Math.sqrt(forms.length);
}

/** Figures in a sentence, 0..1: recognised figure spans plus digit-bearing words outside any span. */
function figures(sentence: string, offset: number, spans: Span[]): number {
  let w = 0;
  for (const s of spans) w += FIGURE_WEIGHTS[s.type] ?? 0;
  const re = /[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const at = offset + m.index;
    if (!spans.some((s) => s.start <= at && at < s.end)) w += BARE_NUMBER_WEIGHT;
  }
  return Math.min(1, w);
}

/**
 * Syllables used for similarity: each PERSON/TITLE/ORGANIZATION/LOCATION span becomes ONE term, so a
 * seven-syllable title repeated in every paragraph ("Phó Bí thư Thường trực Tỉnh ủy") counts as one
 * concept instead of dominating every similarity with thirteen unigrams and bigrams.
 */
function vectorForms(text: string, start: number, end: number, spans: Span[]): string[] {
  const concepts = spans
    .filter((s) => CONCEPT_TYPES.has(s.type) && s.start >= start && s.end <= end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (concepts.length === 0) return syllableForms(text.slice(start, end));
  const out: string[] = [];
  let at = start;
  for (const s of concepts) {
    if (s.start < at) continue; // nested inside a span already taken
    out.push(...syllableForms(text.slice(at, s.start)));
    out.push(`${s.type}:${syllableForms(s.text).join('_')}`);
    at = s.end;
  }
  out.push(...syllableForms(text.slice(at, end)));
  return out;
}

/** Spans whose start falls in each sentence (spans sorted once; one sweep). */
function assignSpans(segs: SentenceRange[], entities: Span[]): Span[][] {
  const out: Span[][] = segs.map(() => []);
  const sorted = [...entities].sort((a, b) => a.start - b.start);
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
function findTitle(text: string, segs: SentenceRange[], titleKey: string): Set<number> {
  const out = new Set<number>();
  if (titleKey) {
    // The title may be one sentence or a whole paragraph of several.
    const paraKeys = new Map<number, string>();
    for (let i = 0; i < segs.length; i++) {
      const key = compareKey(text.slice(segs[i].start, segs[i].end));
      if (key === titleKey) out.add(i);
      paraKeys.set(segs[i].para, (paraKeys.get(segs[i].para) ?? '') + ' ' + key);
    }
    for (const [para, key] of paraKeys) {
      if (key.trim() === titleKey) segs.forEach((s, i) => s.para === para && out.add(i));
    }
    return out;
  }
  const first = segs[0];
  const firstText = text.slice(first.start, first.end);
  const alone = segs.length < 2 || segs[1].para !== first.para;
  if (alone && !TERMINAL_RE.test(firstText) && syllableForms(firstText).length <= IMPLICIT_TITLE_MAX_SYLLABLES && segs.length > 1) {
    out.add(0);
  }
  return out;
}

/**
 * The title is usually not part of the analysed text, so it has no spans: rewrite it with the same
 * one-term-per-entity tokens by finding the entities' syllable sequences in it (longest first).
 */
function conceptualize(forms: string[], entities: Span[]): string[] {
  const seqs = new Map<string, string[]>();
  for (const s of entities) {
    if (!CONCEPT_TYPES.has(s.type)) continue;
    const f = syllableForms(s.text);
    if (f.length) seqs.set(`${s.type}:${f.join('_')}`, f);
  }
  if (seqs.size === 0 || forms.length === 0) return forms;
  const ordered = [...seqs].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const out: string[] = [];
  for (let i = 0; i < forms.length; ) {
    const hit = ordered.find(([, f]) => f.every((x, k) => forms[i + k] === x));
    if (hit) {
      out.push(hit[0]);
      i += hit[1].length;
    } else out.push(forms[i++]);
  }
  return out;
}

function compareKey(s: string): string {
  return syllableForms(s).join(' ');
}

function clampLength(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_SUMMARY_LENGTH;
  return Math.min(MAX_SUMMARY_LENGTH, Math.max(MIN_SUMMARY_LENGTH, Math.round(n)));
}
