// ROUGE-1/2/L F1 with a Unicode-correct tokenizer: NFC, lower case, tokens = maximal runs of letters or
// digits. The common ROUGE package keeps ASCII letters only and turns "đồng" into "ng", which makes its
// numbers meaningless for Vietnamese; this scorer is what the eval README prescribes.

export interface Prf {
  p: number;
  r: number;
  f: number;
}

export interface RougeScores {
  rouge1: Prf;
  rouge2: Prf;
  rougeL: Prf;
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

export function rougeTokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(TOKEN_RE) ?? [];
}

function prf(overlap: number, candTotal: number, refTotal: number): Prf {
  const p = candTotal > 0 ? overlap / candTotal : 0;
  const r = refTotal > 0 ? overlap / refTotal : 0;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join('\u0001');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** ROUGE-N on token lists: clipped n-gram overlap. */
export function rougeN(ref: string[], cand: string[], n: number): Prf {
  const rc = ngramCounts(ref, n);
  const cc = ngramCounts(cand, n);
  let overlap = 0;
  for (const [g, c] of cc) overlap += Math.min(c, rc.get(g) ?? 0);
  return prf(overlap, Math.max(0, cand.length - n + 1), Math.max(0, ref.length - n + 1));
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
    cur.fill(0);
  }
  return prev[b.length];
}

/** Summary-level ROUGE-L computed on the whole texts as one sequence each. */
export function rougeL(ref: string[], cand: string[]): Prf {
  return prf(lcsLength(ref, cand), cand.length, ref.length);
}

export function rouge(reference: string, candidate: string): RougeScores {
  const ref = rougeTokens(reference);
  const cand = rougeTokens(candidate);
  return { rouge1: rougeN(ref, cand, 1), rouge2: rougeN(ref, cand, 2), rougeL: rougeL(ref, cand) };
}

/** Share (0..1) of the reference's number tokens that also occur in the candidate; null if it has none. */
export function numbersKept(reference: string, candidate: string): number | null {
  const isNum = (t: string) => /\p{N}/u.test(t);
  const refNums = rougeTokens(reference).filter(isNum);
  if (refNums.length === 0) return null;
  const cand = new Set(rougeTokens(candidate).filter(isNum));
  return refNums.filter((t) => cand.has(t)).length / refNums.length;
}
