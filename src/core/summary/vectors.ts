// Sparse TF-IDF vectors over syllable unigrams and bigrams, and cosine similarity between them.
// Vietnamese words are mostly two syllables ("phát triển", "chính quyền"), so bigrams recover words
// without a word segmenter; function syllables are dropped from unigrams and from all-function bigrams.
// Terms are integers end to end: a unigram's term id is its form id (see tokenized.ts) and a bigram gets
// a fresh id from a numeric pair key — no string is built per token.

/** A sparse vector: term ids ascending, with weights and the Euclidean norm precomputed. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Bigrams count a little less than unigrams: they confirm a word rather than add a new topic. */
export const BIGRAM_WEIGHT = 0.8;

/** Form ids stay far below this, so a * PAIR_BASE + b is an exact (< 2^53) key for the pair. */
const PAIR_BASE = 2 ** 26;

/**
 * TF-IDF vectors of the given unigram sequences (form ids; `stop[id]` = 1 for function syllables).
 * IDF is computed over the first `idfCount` sequences only (the article's sentences; later ones, such as
 * the title, share the vocabulary without changing it): idf = ln(1 + N / df), sublinear tf = 1 + ln tf.
 */
export function buildVectors(seqs: ArrayLike<number>[], stop: ArrayLike<number>, vocabSize: number, idfCount: number): SparseVector[] {
  // Pass 1: each sequence as a flat list of (term, increment); bigram ids appended after the unigram space.
  const pairIds = new Map<number, number>();
  let nextId = vocabSize;
  const terms: number[][] = [];
  const incs: number[][] = [];
  for (const syl of seqs) {
    const t: number[] = [];
    const w: number[] = [];
    for (let i = 0; i < syl.length; i++) {
      const a = syl[i];
      const aStop = a < stop.length && stop[a] === 1;
      if (!aStop) {
        t.push(a);
        w.push(1);
      }
      if (i + 1 < syl.length) {
        const b = syl[i + 1];
        if (aStop && b < stop.length && stop[b] === 1) continue;
        const key = a * PAIR_BASE + b;
        let id = pairIds.get(key);
        if (id === undefined) {
          id = nextId++;
          pairIds.set(key, id);
        }
        t.push(id);
        w.push(BIGRAM_WEIGHT);
      }
    }
    terms.push(t);
    incs.push(w);
  }
  const size = nextId;
  // Document frequency over the first idfCount sequences.
  const df = new Float64Array(size);
  const seen = new Int32Array(size).fill(-1);
  for (let k = 0; k < idfCount; k++) {
    for (const id of terms[k]) {
      if (seen[id] !== k) {
        seen[id] = k;
        df[id]++;
      }
    }
  }
  const noDf = Math.log(1 + idfCount);
  // Pass 2: accumulate tf in one shared array, read back only the touched ids, reset them.
  const acc = new Float64Array(size);
  const out: SparseVector[] = [];
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k];
    const w = incs[k];
    const touched: number[] = [];
    for (let i = 0; i < t.length; i++) {
      if (acc[t[i]] === 0) touched.push(t[i]);
      acc[t[i]] += w[i];
    }
    const ids = Int32Array.from(touched).sort();
    const weights = new Float64Array(ids.length);
    let sq = 0;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j];
      const tf = acc[id];
      acc[id] = 0;
      const idf = df[id] > 0 ? Math.log(1 + idfCount / df[id]) : noDf;
      const x = (1 + Math.log(tf)) * idf; // tf ≥ BIGRAM_WEIGHT > 0: a lone bigram weighs a little less than a lone unigram
      weights[j] = x;
      sq += x * x;
    }
    out.push({ ids, weights, norm: Math.sqrt(sq) });
  }
  return out;
}

/** Cosine similarity by a merge over the two sorted id lists: O(|a| + |b|). */
export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      dot += a.weights[i] * b.weights[j];
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}
