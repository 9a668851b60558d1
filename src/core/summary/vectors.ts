// Sparse TF-IDF vectors over syllable unigrams and bigrams, and cosine similarity between them.
// Vietnamese words are mostly two syllables ("phát triển", "chính quyền"), so bigrams recover words
// without a word segmenter; function syllables are dropped from unigrams and from all-function bigrams.
import { isStopSyllable } from '../text/stop-syllables';

/** A sparse vector: term ids ascending, with weights and the Euclidean norm precomputed. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Bigrams count a little less than unigrams: they confirm a word rather than add a new topic. */
export const BIGRAM_WEIGHT = 0.8;

/** Term bags (term → count) for each syllable sequence; terms get integer ids shared by all bags. */
export function termBags(sequences: string[][], vocab: Map<string, number>): Map<number, number>[] {
  const idOf = (t: string): number => {
    let id = vocab.get(t);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(t, id);
    }
    return id;
  };
  return sequences.map((syl) => {
    const bag = new Map<number, number>();
    for (let i = 0; i < syl.length; i++) {
      const a = syl[i];
      const aStop = isStopSyllable(a);
      if (!aStop) {
        const id = idOf(a);
        bag.set(id, (bag.get(id) ?? 0) + 1);
      }
      if (i + 1 < syl.length) {
        const b = syl[i + 1];
        if (aStop && isStopSyllable(b)) continue;
        const id = idOf(`${a} ${b}`);
        bag.set(id, (bag.get(id) ?? 0) + BIGRAM_WEIGHT);
      }
    }
    return bag;
  });
}

/** Inverse document frequency over the given bags (sentences of one article): ln(1 + N / df). */
export function inverseDocFrequency(bags: Map<number, number>[], vocabSize: number): Float64Array {
  const df = new Float64Array(vocabSize);
  for (const bag of bags) for (const id of bag.keys()) df[id]++;
  const idf = new Float64Array(vocabSize);
  const n = bags.length;
  for (let i = 0; i < vocabSize; i++) idf[i] = df[i] > 0 ? Math.log(1 + n / df[i]) : Math.log(1 + n);
  return idf;
}

/** TF-IDF vector of one bag (sublinear tf so repeated boilerplate does not dominate). */
export function toVector(bag: Map<number, number>, idf: Float64Array): SparseVector {
  const ids = Int32Array.from([...bag.keys()].sort((a, b) => a - b));
  const weights = new Float64Array(ids.length);
  let sq = 0;
  for (let k = 0; k < ids.length; k++) {
    const tf = bag.get(ids[k]) ?? 0;
    const w = (1 + Math.log(tf > 0 ? tf : 1)) * (ids[k] < idf.length ? idf[ids[k]] : 1);
    weights[k] = w;
    sq += w * w;
  }
  return { ids, weights, norm: Math.sqrt(sq) };
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
