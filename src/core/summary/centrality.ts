// LexRank-style centrality: a weighted sentence graph (cosine similarity) and PageRank over it.
// The graph is bounded at every size: each sentence links only to its GRAPH_WINDOW neighbours on each
// side. An ordinary article (up to 2·GRAPH_WINDOW + 1 story sentences) still gets every pair; a 1 MB page
// gets n·GRAPH_WINDOW edges instead of n²/2, so building and iterating the graph stay linear.
import { cosine, type SparseVector } from './vectors';

/** Neighbours on each side a sentence links to (news restates its topic within a few paragraphs). */
export const GRAPH_WINDOW = 25;
/** Edges weaker than this are noise (shared common words), dropped as in LexRank's thresholded variant. */
export const MIN_EDGE_SIMILARITY = 0.05;
/** PageRank damping: probability of following an edge rather than jumping anywhere. */
export const DAMPING = 0.85;
export const MAX_ITERATIONS = 50;
export const TOLERANCE = 1e-6;

/** Centrality of each vector, scaled so the most central sentence scores 1. */
export function centrality(vectors: SparseVector[]): Float64Array {
  const n = vectors.length;
  if (n === 0) return new Float64Array(0);
  if (n === 1) return Float64Array.of(1);
  // Adjacency lists (symmetric), with row sums for the normalisation.
  const nbr: number[][] = Array.from({ length: n }, () => []);
  const wt: number[][] = Array.from({ length: n }, () => []);
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const last = Math.min(n - 1, i + GRAPH_WINDOW);
    for (let j = i + 1; j <= last; j++) {
      const s = cosine(vectors[i], vectors[j]);
      if (s < MIN_EDGE_SIMILARITY) continue;
      nbr[i].push(j);
      wt[i].push(s);
      nbr[j].push(i);
      wt[j].push(s);
      rowSum[i] += s;
      rowSum[j] += s;
    }
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    next.fill(0);
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
    [rank, next] = [next, rank];
    if (delta < TOLERANCE) break;
  }
  let max = 0;
  for (let i = 0; i < n; i++) if (rank[i] > max) max = rank[i];
  for (let i = 0; i < n; i++) rank[i] = max > 0 ? rank[i] / max : 0;
  return rank;
}
