// LexRank-style centrality: a weighted sentence graph (cosine similarity) and PageRank over it.
// The graph is bounded so a 1 MB page stays linear: up to FULL_GRAPH_MAX sentences every pair is an edge
// (ordinary articles); beyond that each sentence links only to its GRAPH_WINDOW neighbours on each side.
import { cosine, type SparseVector } from './vectors';

/** Articles up to this many candidate sentences get the full graph (n² is tiny at this size). */
export const FULL_GRAPH_MAX = 150;
/** Neighbours on each side a sentence links to in bigger texts. */
export const GRAPH_WINDOW = 25;
/** Edges weaker than this are noise (shared common words), dropped as in LexRank's thresholded variant. */
export const MIN_EDGE_SIMILARITY = 0.05;
/** PageRank damping: probability of following an edge rather than jumping anywhere. */
export const DAMPING = 0.85;
export const MAX_ITERATIONS = 50;
export const TOLERANCE = 1e-6;

/** Centrality of each vector, scaled so the most central sentence scores 1. */
export function centrality(vectors: SparseVector[]): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  if (n === 1) return [1];
  const window = n <= FULL_GRAPH_MAX ? n : GRAPH_WINDOW;
  // Adjacency lists (symmetric); weights row-normalised below.
  const nbr: number[][] = Array.from({ length: n }, () => []);
  const wt: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const last = Math.min(n - 1, i + window);
    for (let j = i + 1; j <= last; j++) {
      const s = cosine(vectors[i], vectors[j]);
      if (s < MIN_EDGE_SIMILARITY) continue;
      nbr[i].push(j);
      wt[i].push(s);
      nbr[j].push(i);
      wt[j].push(s);
    }
  }
  const rowSum = wt.map((w) => w.reduce((a, b) => a + b, 0));
  let rank = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (rowSum[i] === 0) {
        dangling += rank[i];
        continue;
      }
      const share = rank[i] / rowSum[i];
      const ns = nbr[i];
      const ws = wt[i];
      for (let k = 0; k < ns.length; k++) next[ns[k]] += share * ws[k];
    }
    let delta = 0;
    for (let i = 0; i < n; i++) {
      const v = (1 - DAMPING) / n + DAMPING * (next[i] + dangling / n);
      delta += Math.abs(v - rank[i]);
      next[i] = v;
    }
    rank = next;
    if (delta < TOLERANCE) break;
  }
  let max = 0;
  for (let i = 0; i < n; i++) if (rank[i] > max) max = rank[i];
  return Array.from(rank, (r) => (max > 0 ? r / max : 0));
}
