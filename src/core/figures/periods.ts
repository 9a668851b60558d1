// PERIOD: time spans anchored to the calendar or a named term, one span each, value "start/end":
// "nhiệm kỳ 2025-2030" → "2025/2030", "từ đầu năm 2025 đến nay" → "2025-01-01/<published>",
// "6 tháng đầu năm 2025" → "2025-01-01/2025-06-30", "quý III/2025" → "2025-07-01/2025-09-30",
// "từ tháng 2.2024 đến tháng 4.2025" → "2024-02/2025-04", "cùng kỳ năm 2016" → "2016".
// Also DATEs with an open-ended qualifier ("từ ngày 1/7" → DATE, qualifier 'từ').
import { dateQualifier } from './qualifiers';
import {
  isDashCode,
  isLetterCode,
  nextWords,
  origCharAt,
  phraseAfter,
  phraseBefore,
  phraseSet,
  prevWords,
  skipWs,
  wordAt,
  type Cand,
  type Scan,
} from './scan';
import { daysInMonth, endIso, isoOf, isoPublished, startIso, type DateExpr } from './dates';
import { romanToInt } from './numbers';

/** Term words that belong to a year-range PERIOD span ("nhiệm kỳ 2025-2030"). */
const PERIOD_CUES = phraseSet([
  'nhiệm kỳ', 'giai đoạn', 'năm học', 'niên khóa', 'niên học', 'niên vụ', 'mùa vụ', 'vụ', 'năm', 'các năm',
  'thời kỳ', 'khóa học', 'mùa giải', 'mùa', 'thập niên', 'kế hoạch', 'chiến lược', 'năm tài chính',
]);
/** Cue words that are not part of the span but still announce a term ("Kế hoạch 2021-2025"). */
const CUES_OUTSIDE = new Set(['kế hoạch', 'chiến lược', 'các năm']);

/** Longest term (in years) a "Y1-Y2" range may cover before it is more likely two unrelated numbers. */
const MAX_RANGE_YEARS = 100;

const NOW_WORDS = phraseSet(['nay', 'hiện nay', 'hiện tại', 'bây giờ', 'thời điểm này', 'thời điểm hiện tại']);
const TO_WORDS = phraseSet(['đến', 'tới', 'cho đến', 'cho tới']);
const END_MODS = new Set(['hết', 'cuối', 'đầu', 'giữa']);

function open(scan: Scan): string {
  return isoPublished(scan.published) ?? '..';
}

/** "2025-2030" (with any dash, spaces allowed) starting at number token i. */
export function yearRangeAt(scan: Scan, i: number, out: Cand[]): void {
  const f = scan.f;
  const a = scan.nums[i];
  if (a.hard || !a.plain || a.raw.length !== 4) return;
  const d = skipWs(f, a.e);
  if (!isDashCode(f.charCodeAt(d))) return;
  const j = scan.numAt.get(skipWs(f, d + 1));
  if (j === undefined) return;
  const b = scan.nums[j];
  if (b.hard || !b.plain || b.raw.length !== 4 || b.value <= a.value || b.value - a.value > MAX_RANGE_YEARS) return;
  if (a.value < 1000) return;
  let s = a.s;
  const cue = phraseBefore(f, a.s, PERIOD_CUES);
  if (cue && !CUES_OUTSIDE.has(cue.phrase)) s = cue.s;
  out.push({ s, e: b.e, type: 'PERIOD', prio: 5, value: `${a.value}/${b.value}` });
}

/** "6 tháng đầu năm 2025", "9 tháng năm 2017", "6 tháng cuối năm" starting at number token i. */
export function monthsOfYearAt(scan: Scan, i: number, out: Cand[]): void {
  const f = scan.f;
  const t = scan.nums[i];
  if (t.hard || t.nameCue || !t.plain || t.value < 1 || t.value > 12) return;
  const ws = nextWords(f, t.e, 3);
  if (ws[0]?.w !== 'tháng' || ws[0].s === t.e) return;
  let k = 1;
  let side: 'đầu' | 'cuối' | undefined;
  if (ws[k]?.w === 'đầu' || ws[k]?.w === 'cuối') side = ws[k++].w as 'đầu' | 'cuối';
  if (ws[k]?.w !== 'năm') return;
  let e = ws[k].e;
  let y: number | undefined;
  const j = scan.numAt.get(skipWs(f, e));
  if (j !== undefined && scan.nums[j].plain && scan.nums[j].raw.length === 4 && skipWs(f, e) > e) {
    y = scan.nums[j].value;
    e = scan.nums[j].e;
  } else {
    const nay = nextWords(f, e, 1)[0];
    if (nay?.w === 'nay') {
      y = scan.published?.y;
      e = nay.e;
    } else if (!side) return; // "9 tháng năm" alone is not a period
    else y = scan.published?.y;
  }
  const n = t.value;
  let value: string | undefined;
  if (y !== undefined) {
    const [m1, m2] = side === 'cuối' ? [13 - n, 12] : [1, n];
    value = `${isoOf({ y, m: m1, d: 1 })}/${isoOf({ y, m: m2, d: daysInMonth(y, m2) })}`;
  }
  out.push({ s: t.s, e, type: 'PERIOD', prio: 5, ...(value ? { value } : {}) });
}

/** "quý I/2025", "quý 3 năm 2025", "quý IV" (year from the publication date). */
export function quarters(scan: Scan, out: Cand[]): void {
  const f = scan.f;
  const re = /qu[ýí]/g;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const s = m.index;
    if (s > 0 && isLetterCode(f.charCodeAt(s - 1))) continue;
    const p = skipWs(f, s + 3);
    if (p === s + 3) continue;
    let q = 0;
    let e = p;
    const w = wordAt(f, p);
    if (w) {
      // Roman quarter numbers are written in capitals ("quý III").
      let upper = true;
      for (let k = w.s; k < w.e; k++) if (origCharAt(scan, k) === origCharAt(scan, k).toLowerCase()) upper = false;
      q = upper ? romanToInt(w.w) : 0;
      e = w.e;
    } else {
      const j = scan.numAt.get(p);
      if (j !== undefined && scan.nums[j].plain && scan.nums[j].raw.length === 1) {
        q = scan.nums[j].value;
        e = scan.nums[j].e;
      }
    }
    if (q < 1 || q > 4) continue;
    let y: number | undefined;
    const c = f.charCodeAt(e);
    const j = scan.numAt.get(e + 1);
    if ((c === 47 || isDashCode(c)) && j !== undefined && scan.nums[j].plain && scan.nums[j].raw.length === 4) {
      y = scan.nums[j].value;
      e = scan.nums[j].e;
    } else {
      const nw = nextWords(f, e, 2);
      const k = nw[0]?.w === 'năm' ? scan.numAt.get(skipWs(f, nw[0].e)) : undefined;
      if (k !== undefined && scan.nums[k].plain && scan.nums[k].raw.length === 4) {
        y = scan.nums[k].value;
        e = scan.nums[k].e;
      } else if (nw[0]?.w === 'năm' && nw[1]?.w === 'nay') {
        y = scan.published?.y;
        e = nw[1].e;
      } else y = scan.published?.y;
    }
    const m1 = q * 3 - 2;
    const m2 = q * 3;
    const value = y === undefined ? undefined : `${isoOf({ y, m: m1, d: 1 })}/${isoOf({ y, m: m2, d: daysInMonth(y, m2) })}`;
    out.push({ s, e, type: 'PERIOD', prio: 5, ...(value ? { value } : {}) });
  }
}

/** Date expressions → DATE candidates (with qualifiers) and "từ X đến Y", "cùng kỳ năm Y" periods. */
export function datesAndRanges(scan: Scan, dates: DateExpr[], out: Cand[]): void {
  const f = scan.f;
  const byStart = new Map<number, DateExpr>();
  for (const x of dates) {
    const old = byStart.get(x.s);
    if (!old || x.e > old.e) byStart.set(x.s, x);
  }
  for (const a of dates) {
    const q = dateQualifier(f, a.s);
    const date: Cand = { s: a.s, e: a.e, type: 'DATE', prio: 4, value: isoOf(a) };
    if (q) date.qualifier = q.phrase;
    // A bare year is weaker than any other reading of the same digits.
    if (a.kind === 'year' && f.slice(a.s, a.s + 3) !== 'năm') date.prio = 1;
    out.push(date);

    // "cùng kỳ năm 2016"
    const ck = phraseBefore(f, a.s, SAME_PERIOD);
    if (ck && a.kind === 'year') out.push({ s: ck.s, e: a.e, type: 'PERIOD', prio: 5, value: String(a.y) });

    if (!q) continue;
    const words = q.phrase.split(' ');
    const fromAt = words.lastIndexOf('từ');
    if (fromAt < 0) continue;
    const startMod = words[words.length - 1];
    // Where "từ" starts in the text: skip words before it ("kể từ" → the span starts at "từ").
    let s = q.s;
    for (let k = 0; k < fromAt; k++) s = skipWs(f, (wordAt(f, s)?.e ?? s));
    const cueBefore = phraseBefore(f, s, PERIOD_CUES);
    if (cueBefore && !CUES_OUTSIDE.has(cueBefore.phrase) && cueBefore.phrase !== 'năm') s = cueBefore.s;

    // Connector: "đến", "tới", "cho đến" or a dash.
    let p = skipWs(f, a.e);
    if (isDashCode(f.charCodeAt(p))) p = skipWs(f, p + 1);
    else {
      const to = phraseAfter(f, a.e, TO_WORDS);
      if (!to) continue;
      p = skipWs(f, to.e);
    }
    let endMod: string | undefined;
    const mw = wordAt(f, p);
    if (mw && END_MODS.has(mw.w)) {
      endMod = mw.w;
      p = skipWs(f, mw.e);
    }
    let from = a;
    const startVal = (x: DateExpr): string =>
      startMod === 'đầu' ? startIso(x) : startMod === 'cuối' && x.kind === 'year' ? isoOf({ y: x.y, m: 12 }) : isoOf(x);
    const now = phraseAfter(f, p, NOW_WORDS);
    if (now && now.s === p) {
      out.push({ s, e: now.e, type: 'PERIOD', prio: 5, value: `${startVal(from)}/${open(scan)}` });
      continue;
    }
    const b = byStart.get(p);
    if (!b) continue;
    // "từ ngày 1/7 đến ngày 15/7/2025": the first date borrows the year written on the second.
    if (!from.explicitYear && b.explicitYear && from.kind !== 'year') from = { ...from, y: b.y, explicitYear: true };
    const endVal = endMod === 'hết' || endMod === 'cuối' ? endIso(b) : isoOf(b);
    out.push({ s, e: b.e, type: 'PERIOD', prio: 5, value: `${startVal(from)}/${endVal}` });
  }
}

const SAME_PERIOD = phraseSet(['cùng kỳ']);

/** Openings of a span that starts now ("từ nay đến hết tháng 11"). */
const FROM_NOW = phraseSet(['từ nay', 'từ bây giờ', 'từ giờ', 'từ hiện tại', 'từ thời điểm này']);
/** "từ ngày 15 " right before the connector: a day whose month is written only on the end date. */
const BARE_FROM_DAY = /từ\s+(?:(?:ngày|mùng|mồng)\s+)?(\d{1,2})\s+$/;
/** Characters looked back for that bare day (bounded, so the check stays linear). */
const BARE_DAY_LOOKBACK = 20;

/**
 * Periods whose start is no full date, closed by a date: "từ ngày 15 đến 17/10" (the day borrows the end's
 * month and year) and "từ nay đến hết tháng 11" (starts at publication). One PERIOD, "từ" included.
 */
export function openStartRanges(scan: Scan, dates: DateExpr[], out: Cand[]): void {
  const f = scan.f;
  for (const b of dates) {
    let p = b.s;
    let endMod: string | undefined;
    const mw = prevWords(f, p, 1)[0];
    if (mw && END_MODS.has(mw.w)) {
      endMod = mw.w;
      p = mw.s;
    }
    const to = phraseBefore(f, p, TO_WORDS);
    if (!to) continue;
    const endVal = b.y === undefined ? undefined : endMod === 'hết' || endMod === 'cuối' ? endIso(b) : isoOf(b);
    const now = phraseBefore(f, to.s, FROM_NOW);
    if (now) {
      out.push({ s: now.s, e: b.e, type: 'PERIOD', prio: 5, ...(endVal ? { value: `${open(scan)}/${endVal}` } : {}) });
      continue;
    }
    if (b.kind !== 'day' || b.m === undefined || b.d === undefined || endMod) continue;
    const base = Math.max(0, to.s - BARE_DAY_LOOKBACK);
    const m = BARE_FROM_DAY.exec(f.slice(base, to.s));
    if (!m) continue;
    const d = Number(m[1]);
    if (d < 1 || d >= b.d) continue;
    const s = base + m.index;
    if (s > 0 && isLetterCode(f.charCodeAt(s - 1))) continue;
    const value = b.y === undefined ? undefined : `${isoOf({ y: b.y, m: b.m, d })}/${isoOf(b)}`;
    out.push({ s, e: b.e, type: 'PERIOD', prio: 5, ...(value ? { value } : {}) });
  }
}

/** "25-27/11(/2025)": a day range inside one month, starting at number token i. */
export function dayRangeAt(scan: Scan, i: number, out: Cand[]): void {
  const f = scan.f;
  const a = scan.nums[i];
  const b = scan.nums[i + 1];
  const m = scan.nums[i + 2];
  if (!b || !m || a.hard || a.cont || a.nameCue || !a.plain || !b.plain || !m.plain) return;
  if (!(isDashCode(f.charCodeAt(a.e)) && b.s === a.e + 1 && f.charCodeAt(b.e) === 47 && m.s === b.e + 1)) return;
  if (a.raw.length > 2 || b.raw.length > 2 || m.raw.length > 2 || a.value >= b.value) return;
  let y: number | undefined;
  let e = m.e;
  const yt = scan.nums[i + 3];
  if (yt && yt.s === m.e + 1 && f.charCodeAt(m.e) === 47 && yt.plain && yt.raw.length === 4) {
    y = yt.value;
    e = yt.e;
  }
  const year = y ?? scan.published?.y;
  if (m.value < 1 || m.value > 12 || b.value > daysInMonth(year, m.value) || a.value < 1) return;
  let s = a.s;
  const pw = phraseBefore(f, a.s, DAY_WORDS);
  if (pw) s = pw.s;
  out.push({
    s, e, type: 'PERIOD', prio: 5,
    value: `${isoOf({ y: year, m: m.value, d: a.value })}/${isoOf({ y: year, m: m.value, d: b.value })}`,
  });
}

const DAY_WORDS = phraseSet(['ngày', 'mùng', 'mồng']);
