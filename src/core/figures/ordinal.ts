// ORDINAL: event and term numbering. "lần thứ XX" / "lần thứ I" / "lần thứ hai" (span includes "lần thứ"),
// "khóa XIV" (span includes "khóa"; in "khóa XIII và XIV" the second numeral is its own bare span), and
// "thứ N" right after an event noun ("Kỳ họp thứ 10" → "thứ 10"). Weekdays ("thứ Hai", "thứ 2") are not
// ordinals: a bare "thứ" needs an event noun before it.
import { romanToInt, SPELLED } from './numbers';
import { isLetterCode, nextWords, origCharAt, phraseBefore, phraseSet, prevWords, skipWs, wordAt, type Cand, type Scan } from './scan';

/** Nouns after which "thứ N" numbers an event: "Kỳ họp thứ 10", "Hội nghị thứ 5". */
const EVENT_NOUNS = phraseSet([
  'kỳ họp', 'phiên', 'phiên họp', 'hội nghị', 'đại hội', 'hội thảo', 'hội thi', 'hội diễn', 'liên hoan', 'giải',
  'mùa', 'mùa giải', 'đợt', 'vòng', 'kỳ', 'lễ hội', 'festival', 'chặng', 'năm', 'khóa', 'diễn đàn', 'hội chợ',
  'triển lãm', 'cuộc thi', 'chương trình', 'phiên bản', 'lượt', 'ván', 'trận', 'tuần',
]);

/** Largest Arabic ordinal we accept ("lần thứ 5", "Kỳ họp thứ 10"). */
const MAX_ORDINAL = 500;

interface Num {
  e: number;
  value: number;
}

/** A Roman numeral written in capitals ("XIV") starting at p. */
function romanAt(scan: Scan, p: number): Num | null {
  const w = wordAt(scan.f, p);
  if (!w) return null;
  for (let k = w.s; k < w.e; k++) {
    const c = origCharAt(scan, k);
    if (c === c.toLowerCase()) return null;
  }
  const v = romanToInt(w.w);
  return v > 0 ? { e: w.e, value: v } : null;
}

function arabicAt(scan: Scan, p: number): Num | null {
  const j = scan.numAt.get(p);
  if (j === undefined) return null;
  const t = scan.nums[j];
  if (!t.plain || t.value < 1 || t.value > MAX_ORDINAL) return null;
  if (isLetterCode(scan.f.charCodeAt(t.e))) return null;
  return { e: t.e, value: t.value };
}

/** "hai", "mười hai" after "lần thứ". */
function spelledAt(scan: Scan, p: number): Num | null {
  const ws = nextWords(scan.f, p, 2);
  if (!ws[0] || ws[0].s !== p) return null;
  const a = SPELLED[ws[0].w];
  if (a === undefined) return null;
  if (a === 10 && ws[1] && SPELLED[ws[1].w] !== undefined && SPELLED[ws[1].w] < 10) {
    const b = ws[1].w === 'năm' ? 5 : ws[1].w === 'một' || ws[1].w === 'nhất' ? 1 : SPELLED[ws[1].w];
    return { e: ws[1].e, value: 10 + b };
  }
  if (ws[0].w === 'một') return null; // "lần thứ một" is not written; "một" is an article
  return { e: ws[0].e, value: a };
}

export function ordinals(scan: Scan, out: Cand[]): void {
  const f = scan.f;
  const re = /lần|khóa|thứ/g;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const s = m.index;
    const word = m[0];
    if (s > 0 && isLetterCode(f.charCodeAt(s - 1))) continue;
    if (isLetterCode(f.charCodeAt(s + word.length))) continue;
    let p = skipWs(f, s + word.length);
    if (p === s + word.length) continue;

    if (word === 'lần') {
      const w = wordAt(f, p);
      if (w?.w !== 'thứ') continue;
      p = skipWs(f, w.e);
      if (p === w.e) continue;
      const n = romanAt(scan, p) ?? arabicAt(scan, p) ?? spelledAt(scan, p);
      if (!n) continue;
      out.push({ s, e: n.e, type: 'ORDINAL', prio: 4, value: n.value });
      coordinated(scan, n.e, out);
      continue;
    }
    if (word === 'khóa') {
      const n = romanAt(scan, p);
      if (!n) continue;
      out.push({ s, e: n.e, type: 'ORDINAL', prio: 4, value: n.value });
      coordinated(scan, n.e, out);
      continue;
    }
    // "thứ N" after an event noun; "lần thứ" was read above.
    const pw = prevWords(f, s, 1)[0];
    if (pw?.w === 'lần') continue;
    if (!phraseBefore(f, s, EVENT_NOUNS)) continue;
    const n = romanAt(scan, p) ?? arabicAt(scan, p) ?? spelledAt(scan, p);
    if (!n) continue;
    out.push({ s, e: n.e, type: 'ORDINAL', prio: 4, value: n.value });
  }
}

/** "khóa XIII và XIV", "khóa XIII, XIV": each later numeral is a separate bare span. */
function coordinated(scan: Scan, e: number, out: Cand[]): void {
  const f = scan.f;
  let p = e;
  for (let k = 0; k < 4; k++) {
    let q = skipWs(f, p);
    if (f.charCodeAt(q) === 44 /* , */) q = skipWs(f, q + 1);
    else {
      const w = wordAt(f, q);
      if (!w || (w.w !== 'và' && w.w !== 'đến')) return;
      q = skipWs(f, w.e);
    }
    const n = romanAt(scan, q);
    if (!n) return;
    out.push({ s: q, e: n.e, type: 'ORDINAL', prio: 4, value: n.value });
    p = n.e;
  }
}
