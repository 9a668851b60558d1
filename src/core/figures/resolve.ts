// Overlap resolution: figures never overlap, whatever their type. Longer candidates win ("nhiệm kỳ
// 2025-2030" swallows its years, "243 tỷ 609 triệu đồng" swallows "609 triệu đồng"); equal lengths are
// settled by priority (PERIOD > DATE/ORDINAL > MONEY/PERCENT > QUANTITY > bare year), then by position.
import type { Cand } from './scan';

export function resolve(cands: Cand[], textLength: number): Cand[] {
  const order = cands
    .filter((c) => c.e > c.s)
    .sort((a, b) => b.e - b.s - (a.e - a.s) || b.prio - a.prio || a.s - b.s);
  // One byte per folded character: claimed or not. Candidates are short, so the check is cheap.
  const taken = new Uint8Array(textLength + 1);
  const kept: Cand[] = [];
  for (const c of order) {
    let free = true;
    for (let k = c.s; k < c.e; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.s, c.e);
    kept.push(c);
  }
  return kept.sort((a, b) => a.s - b.s);
}
