// PERCENT: "8,5%", "12 phần trăm", "2,5 điểm phần trăm" (unit 'percentage point'), ranges "5-7%".
import type { Amount } from './numbers';
import { amountQualifier } from './qualifiers';
import { isDashCode, phraseAfter, phraseSet, skipWs, wordAt, type Cand, type Scan } from './scan';

const PERCENT_WORDS = phraseSet(['phần trăm', 'điểm phần trăm']);

/** Time denominators of a rate: "11,2%/năm" is one figure, the growth per year. */
const RATE_PER = new Set(['năm', 'tháng', 'quý', 'ngày', 'tuần']);

/** Extends a percent sign over "/năm", "/tháng" (a rate per period); anything else after "/" is left alone. */
function perTime(f: string, e: number): number {
  if (f.charCodeAt(e) !== 47 /* / */) return e;
  const w = wordAt(f, e + 1);
  return w && w.s === e + 1 && RATE_PER.has(w.w) ? w.e : e;
}

/** End of a percent sign or word after p, and whether it counts percentage points. */
function percentSuffix(scan: Scan, p: number): { e: number; points: boolean } | null {
  const f = scan.f;
  const q = skipWs(f, p);
  if (f.charCodeAt(q) === 37 /* % */) return { e: perTime(f, q + 1), points: false };
  const hit = phraseAfter(f, p, PERCENT_WORDS);
  if (hit) return { e: hit.e, points: hit.phrase === 'điểm phần trăm' };
  // "điểm %"
  if (f.startsWith('điểm', q)) {
    const r = skipWs(f, q + 4);
    if (r > q + 4 && f.charCodeAt(r) === 37) return { e: r + 1, points: true };
  }
  return null;
}

export function percentAt(scan: Scan, i: number, a: Amount, out: Cand[]): void {
  const f = scan.f;
  const tok = scan.nums[i];
  if (a.topScale !== 1) return;
  // Range "5-7%", "5% - 7%".
  const first = percentSuffix(scan, a.e);
  const d = skipWs(f, first ? first.e : a.e);
  if (isDashCode(f.charCodeAt(d))) {
    const j = scan.numAt.get(skipWs(f, d + 1));
    const t = j === undefined ? undefined : scan.nums[j];
    const suf = t && !t.hard && !Number.isNaN(t.value) ? percentSuffix(scan, t.e) : null;
    if (t && suf && tok.value < t.value) {
      const q = amountQualifier(f, tok.s);
      out.push({
        s: tok.s, e: suf.e, type: 'PERCENT', prio: 3, valueMin: tok.value, valueMax: t.value,
        ...(suf.points ? { unit: 'percentage point' } : {}), ...(q ? { qualifier: q.phrase } : {}),
      });
    }
  }
  if (first) {
    const q = amountQualifier(f, tok.s);
    out.push({
      s: tok.s, e: first.e, type: 'PERCENT', prio: 3, value: tok.value,
      ...(first.points ? { unit: 'percentage point' } : {}), ...(q ? { qualifier: q.phrase } : {}),
    });
  }
}
