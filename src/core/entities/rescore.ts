// The trained layer over the rules: a multiclass averaged perceptron (scripts/train-entities.ts trains it on
// the project's own labelled corpus, data-sources/corpus/ner, and writes data-sources/corpus/entity-model.json).
// It re-types each candidate of rescore-features.ts as PER / LOC / ORG / O, but overrides the rules only when
// its margin over the rules' own class clears a threshold chosen by cross-validation: the rules carry most
// of the accuracy, the model corrects the readings they systematically get wrong. TITLE spans and figures
// are never touched; no model (null) leaves the rules' output exactly as it was.
//
// NOT SHIPPED (2026-11-27): the extension runs the rules alone (recognizeEntities passes no model). Measured
// twice. First layer, over the rules of the morning: corpus cross-validation 82.8 → 85.2 (both views pooled),
// unseen provincial set 2 (PER/LOC/ORG) 87.6 → 89.6, but VLSP 2016 81.0 → 77.6 and 2018 79.4 → 78.5 —
// trained on invented articles, it learned to distrust one-off and foreign personal names that real news is
// full of. Retrained over the rules as improved on the corpus (after three of the four rounds of rule fixes): corpus 92.9 → 93.3,
// provincial set 2 92.6 → 92.5, VLSP 2016 81.7 → 80.4, 2018 80.0 → 80.1. Retrained again over all the rules
// (before the last small rules round of 2026-11-27; figures against the final rules): corpus 93.8 → 94.2,
// provincial set 2 92.6 → 92.1, VLSP 2016 81.6 → 80.6, 2018 80.3 → 80.5 — still a loss where it matters. A
// retrain over the final rules cost the seed article a span (the test below pins that the layer keeps the
// seed perfect), so this file stays. `npm run eval` prints the layer beside the rules, so the
// comparison can be re-run when the corpus grows.
import type { Tok } from './tokens';
import type { RawSpan, RawType } from './grammar';
import { getLexicon } from './lexicon';
import { getIndex } from './places';
import { LABELS, candidateFeatures, featureContext, rescoreCandidates, ruleLabel, type Label } from './rescore-features';

/** The model file as written by the trainer (weights are integers: float weights × scale, zeros left out). */
export interface EntityModelFile {
  version: number;
  labels: string[];
  scale: number;
  /** Least margin (in file units) for each kind of override. */
  thresholds: Thresholds;
  weights: Record<string, number[]>;
  /** Training facts for people reading the file (corpus size, epochs, cross-validation figures). */
  info?: unknown;
}

export interface Thresholds {
  /** A rule entity dropped (→ O). */
  drop: number;
  /** An untouched or NONE-read run promoted to an entity. */
  promote: number;
  /** A rule entity given another entity type. */
  retype: number;
  /**
   * Rule spans read with a confidence above this are never dropped or re-typed (the grammar's strongest
   * readings — a head word with its name, a unit word with a gazetteer name). Absent: no limit.
   */
  ruleConfMax?: number;
  /** The same limit for dropping a rule span (→ O) only. Absent: no limit. */
  dropConfMax?: number;
}

export interface EntityModel {
  thresholds: Thresholds;
  weights: Map<string, readonly number[]>;
}

/** Confidence of spans the model typed (below the grammar's cued readings: statistical, not explained). */
const MODEL_CONF = 0.55;
const TYPE_OF: Record<Exclude<Label, 'O'>, RawType> = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION' };

/** A usable model from the file's JSON, or null when it is missing, empty or of another label set. */
export function modelFromJson(json: unknown): EntityModel | null {
  const m = json as Partial<EntityModelFile> | null;
  if (!m || typeof m !== 'object' || !m.weights || !m.thresholds || !Array.isArray(m.labels)) return null;
  if (m.labels.join() !== LABELS.join()) return null;
  const weights = new Map<string, readonly number[]>();
  for (const [k, w] of Object.entries(m.weights)) if (Array.isArray(w) && w.length === LABELS.length) weights.set(k, w);
  if (weights.size === 0) return null;
  return { thresholds: m.thresholds, weights };
}

/** Class scores of one feature list (same order as LABELS). */
export function scoreFeatures(model: EntityModel, feats: readonly string[]): number[] {
  const s = [0, 0, 0, 0];
  for (const f of feats) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < 4; c++) s[c] += w[c];
  }
  return s;
}

interface Decision {
  a: number;
  b: number;
  to: Label;
  margin: number;
  rule: RawSpan | null;
}

/** The model's overrides of one text's rule reading (candidates whose verdict it changes past the threshold). */
export function decide(toks: Tok[], raw: readonly RawSpan[], model: EntityModel): Decision[] {
  const cands = rescoreCandidates(toks, raw);
  if (cands.length === 0) return [];
  const cx = featureContext(toks, raw, cands);
  const out: Decision[] = [];
  for (const c of cands) {
    const s = scoreFeatures(model, candidateFeatures(cx, c));
    const ruled = ruleLabel(c.verdict);
    let best = 0;
    for (let k = 1; k < 4; k++) if (s[k] > s[best]) best = k;
    const to = LABELS[best];
    if (to === ruled) continue;
    const margin = s[best] - s[LABELS.indexOf(ruled)];
    if (ruled !== 'O' && c.rule && c.rule.conf > (model.thresholds.ruleConfMax ?? Infinity)) continue;
    const kind = ruled === 'O' ? 'promote' : to === 'O' ? 'drop' : 'retype';
    if (kind === 'drop' && c.rule && c.rule.conf > (model.thresholds.dropConfMax ?? Infinity)) continue;
    if (margin > model.thresholds[kind]) out.push({ a: c.a, b: c.b, to, margin, rule: c.rule });
  }
  return out;
}

/**
 * Applies the model to the rules' spans in place: re-types or drops (type 'NONE') outermost entity spans, and
 * adds spans for promoted runs. Spans nested inside a dropped one keep their own reading (a place inside a
 * dropped organisation stays a place).
 */
export function rescore(toks: Tok[], raw: RawSpan[], model: EntityModel | null): void {
  if (!model || toks.length === 0) return;
  const decisions = decide(toks, raw, model);
  if (decisions.length === 0) return;
  // Overlapping promotions (a sentence-initial run with and without its first word): the larger margin wins.
  const promoted: Decision[] = [];
  for (const d of decisions) {
    if (d.rule && d.rule.type !== 'NONE') continue;
    const prev = promoted[promoted.length - 1];
    if (prev && prev.b > d.a) {
      if (d.margin > prev.margin) promoted[promoted.length - 1] = d;
      continue;
    }
    promoted.push(d);
  }
  const byExtent = new Map<string, RawSpan[]>();
  for (const r of raw) {
    if (r.type !== 'PERSON' && r.type !== 'LOCATION' && r.type !== 'ORGANIZATION') continue;
    const k = `${r.a}:${r.b}`;
    const list = byExtent.get(k);
    if (list) list.push(r);
    else byExtent.set(k, [r]);
  }
  for (const d of decisions) {
    if (!d.rule || d.rule.type === 'NONE') continue;
    // Every entity reading of that extent follows the decision (two readings of one run are one candidate).
    const same = byExtent.get(`${d.a}:${d.b}`) ?? [d.rule];
    same.forEach((r, i) => {
      if (d.to === 'O' || i > 0) r.type = 'NONE';
      else retype(toks, r, TYPE_OF[d.to]);
    });
  }
  for (const d of promoted) {
    if (d.to === 'O') continue;
    if (d.rule) retype(toks, d.rule, TYPE_OF[d.to]);
    else {
      const r: RawSpan = { a: d.a, b: d.b, type: 'NONE', conf: MODEL_CONF };
      retype(toks, r, TYPE_OF[d.to]);
      raw.push(r);
    }
  }
}

/** Gives a span its new type; a place the gazetteers know keeps what is needed to resolve it. */
function retype(toks: Tok[], r: RawSpan, type: RawType): void {
  r.type = type;
  r.conf = Math.min(r.conf, MODEL_CONF);
  if (type !== 'LOCATION' || r.loc) return;
  const f = getLexicon().foreign.longest(toks, r.a);
  if (f && f.end === r.b) r.loc = { unit: '', level: 'bare', nameA: r.a, nameB: r.b, foreign: f.vals[0] };
  else if (getIndex().names.longest(toks, r.a, (_, end) => end === r.b)) r.loc = { unit: '', level: 'bare', nameA: r.a, nameB: r.b };
}
