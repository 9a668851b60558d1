// DATE expressions: "25/11", "ngày 15/2", "ngày 25/11/2025", "ngày 16-1", "30.4.1975", "ngày 5 tháng 11 năm 2025",
// "tháng 11/2025", "tháng 2.2024", "tháng 11", "năm 2025", bare years ("Xuân 2026", "SN 1980").
// Calendar words (ngày, mùng, tháng, năm) belong to the span; time-of-day and weekday words do not.
// A date without a written year takes the year of ctx.published; without published it is written
// "--MM-DD" / "--MM" (ISO 8601 truncated form: month and day known, year not).
import { isDashCode, nextWords, prevWords, skipWs, type NumTok, type Scan, type Ymd } from './scan';

export interface DateExpr {
  s: number;
  e: number;
  kind: 'day' | 'month' | 'year';
  y?: number;
  m?: number;
  d?: number;
  /** the year was written (not taken from the publication date) */
  explicitYear: boolean;
}

/** Bare four-digit numbers in this range read as years when nothing else claims them. */
const BARE_YEAR_MIN = 1900;
const BARE_YEAR_MAX = 2100;
/** Years after "năm": wider, for history ("năm 938", "năm 1010"). */
const CUED_YEAR_MIN = 100;
const CUED_YEAR_MAX = 2199;

/** Words that may stand before a day written with "-" or "." (which alone could be a score or a decimal). */
const DAY_PARTS = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'hôm', 'ngày', 'mùng', 'mồng', 'rạng']);

const pad = (n: number): string => String(n).padStart(2, '0');

export function daysInMonth(y: number | undefined, m: number): number {
  if (m === 2) return y === undefined || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** ISO value: "2025-11-25", "2025-11", "2025", or "--11-25" / "--11" without a year. */
export function isoOf(x: { y?: number; m?: number; d?: number }): string {
  const y = x.y === undefined ? '-' : String(x.y).padStart(4, '0');
  if (x.m === undefined) return y;
  if (x.d === undefined) return `${y}-${pad(x.m)}`;
  return `${y}-${pad(x.m)}-${pad(x.d)}`;
}

/** First day of the expression ("2025" → "2025-01-01"). */
export function startIso(x: DateExpr): string {
  if (x.y === undefined) return isoOf(x);
  return isoOf({ y: x.y, m: x.m ?? 1, d: x.d ?? 1 });
}

/** Last day of the expression ("2025-02" → "2025-02-28"). */
export function endIso(x: DateExpr): string {
  if (x.y === undefined) return isoOf(x);
  const m = x.m ?? 12;
  return isoOf({ y: x.y, m, d: x.d ?? daysInMonth(x.y, m) });
}

export function isoPublished(p: Ymd | undefined): string | undefined {
  return p ? isoOf(p) : undefined;
}

function validDay(y: number | undefined, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function isYear4(t: NumTok | undefined): t is NumTok {
  return !!t && t.plain && t.raw.length === 4 && !t.hard;
}

/** The number token glued right after token i by one of the given separators, if any. */
function glued(scan: Scan, i: number, sep: (c: number) => boolean): NumTok | undefined {
  const t = scan.nums[i];
  const n = scan.nums[i + 1];
  if (!n || n.s !== t.e + 1 || !sep(scan.f.charCodeAt(t.e))) return undefined;
  return n;
}

const isSlash = (c: number): boolean => c === 47;

function dateVal(scan: Scan, s: number, e: number, m: number, d: number | undefined, y?: number): DateExpr | null {
  const year = y ?? scan.published?.y;
  if (d !== undefined && !validDay(year, m, d)) return null;
  if (m < 1 || m > 12) return null;
  return { s, e, kind: d === undefined ? 'month' : 'day', y: year, m, d, explicitYear: y !== undefined };
}

/**
 * Date expressions that begin at number token i (with the calendar word before it). May return a
 * day range "25-27/11" as two expressions joined by the caller; here only single dates.
 */
export function datesAt(scan: Scan, i: number): DateExpr[] {
  const f = scan.f;
  const tok = scan.nums[i];
  if (tok.hard || tok.cont || tok.nameCue) return [];
  const out: DateExpr[] = [];
  const pw = prevWords(f, tok.s, 2);
  const cueWord = pw[0] && skipWs(f, pw[0].e) === tok.s ? pw[0] : undefined;
  const cue = cueWord?.w;
  let s = tok.s;
  if (cue === 'ngày' || cue === 'mùng' || cue === 'mồng' || cue === 'tháng' || cue === 'năm') {
    s = cueWord!.s;
    // "ngày mùng 2/9": both words belong to the date.
    if ((cue === 'mùng' || cue === 'mồng') && pw[1]?.w === 'ngày') s = pw[1].s;
  }
  const dayCue = cue !== undefined && DAY_PARTS.has(cue);
  const paren = f.charCodeAt(tok.s - 1) === 40; // "(16-1)" after a weekday

  if (cue === 'năm') {
    if (tok.plain && tok.raw.length >= 3 && tok.value >= CUED_YEAR_MIN && tok.value <= CUED_YEAR_MAX)
      out.push({ s, e: tok.e, kind: 'year', y: tok.value, explicitYear: true });
    return out;
  }

  if (cue === 'tháng') {
    // "tháng 2.2024"
    const dotted = /^(\d{1,2})\.(\d{4})$/.exec(tok.raw);
    if (dotted) {
      const x = dateVal(scan, s, tok.e, +dotted[1], undefined, +dotted[2]);
      if (x) out.push(x);
      return out;
    }
    if (!tok.plain) return out;
    // "tháng 11/2025", "tháng 11-2025"
    const y = glued(scan, i, (c) => isSlash(c) || isDashCode(c));
    if (isYear4(y)) {
      const x = dateVal(scan, s, y.e, tok.value, undefined, y.value);
      if (x) out.push(x);
      return out;
    }
    if (y) return out; // "tháng 11/20…": not a date we can read
    // "tháng 11 năm 2025"
    const nw = nextWords(f, tok.e, 1)[0];
    if (nw?.w === 'năm') {
      const j = scan.numAt.get(skipWs(f, nw.e));
      if (j !== undefined && isYear4(scan.nums[j])) {
        const x = dateVal(scan, s, scan.nums[j].e, tok.value, undefined, scan.nums[j].value);
        if (x) out.push(x);
        return out;
      }
    }
    const x = dateVal(scan, s, tok.e, tok.value, undefined);
    if (x) out.push(x);
    return out;
  }

  // Dotted "30.4.1975", "ngày 2.9".
  const dotted = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/.exec(tok.raw);
  if (dotted) {
    if (dotted[3] || dayCue || paren) {
      const x = dateVal(scan, s, tok.e, +dotted[2], +dotted[1], dotted[3] ? +dotted[3] : undefined);
      if (x) out.push(x);
    }
    return out;
  }
  if (!tok.plain || tok.raw.length > 2) return yearOnly(scan, i, out);

  // "25/11", "25/11/2025"
  const m = glued(scan, i, isSlash);
  if (m) {
    if (!m.plain || m.raw.length > 2 || m.hard) return out;
    const y = glued(scan, i + 1, isSlash);
    if (y && !isYear4(y)) return out; // "12/3/456" or a document number
    const x = dateVal(scan, s, (y ?? m).e, m.value, tok.value, y?.value);
    if (x) out.push(x);
    return out;
  }
  // "ngày 16-1", "sáng 16-1", "16-1-2025"
  const md = glued(scan, i, isDashCode);
  if (md) {
    if (!md.plain || md.raw.length > 2 || md.hard) return out;
    const y = glued(scan, i + 1, isDashCode);
    if (y && !isYear4(y)) return out;
    if (y || dayCue || paren) {
      const x = dateVal(scan, s, (y ?? md).e, md.value, tok.value, y?.value);
      if (x) out.push(x);
    }
    return out;
  }
  // "ngày 5 tháng 11 (năm 2025)"
  const w1 = nextWords(f, tok.e, 1)[0];
  if (w1?.w === 'tháng' && w1.s > tok.e) {
    const j = scan.numAt.get(skipWs(f, w1.e));
    const mt = j === undefined ? undefined : scan.nums[j];
    if (mt && mt.plain && !mt.hard && mt.raw.length <= 2 && skipWs(f, w1.e) > w1.e) {
      let e = mt.e;
      let y: number | undefined;
      const w2 = nextWords(f, mt.e, 1)[0];
      if (w2?.w === 'năm') {
        const k = scan.numAt.get(skipWs(f, w2.e));
        if (k !== undefined && isYear4(scan.nums[k])) {
          y = scan.nums[k].value;
          e = scan.nums[k].e;
        }
      }
      const x = dateVal(scan, s, e, mt.value, tok.value, y);
      if (x && (cue === 'ngày' || cue === 'mùng' || cue === 'mồng' || y !== undefined || x.d! <= 31)) out.push(x);
    }
  }
  return out;
}

/** A bare four-digit year not claimed by anything else ("Xuân 2026", "SN 1980", "từ 2010 đến 2015"). */
function yearOnly(scan: Scan, i: number, out: DateExpr[]): DateExpr[] {
  const t = scan.nums[i];
  if (isYear4(t) && !t.weakCue && t.value >= BARE_YEAR_MIN && t.value <= BARE_YEAR_MAX) {
    // "2025/2026" or "2025.5" glued to more digits is something else.
    const c = scan.f.charCodeAt(t.e);
    if (!(c === 47 && scan.nums[i + 1]?.s === t.e + 1)) out.push({ s: t.s, e: t.e, kind: 'year', y: t.value, explicitYear: true });
  }
  return out;
}

/** What may stand between coordinated dates that share one written year ("tháng 7 và tháng 8/2024"). */
const COORDINATION = /^(?:\s*,\s*|\s+(?:và|hoặc|hay|cùng)\s+|\s*,\s*(?:và|hoặc)\s+)$/;

/**
 * A month or day written without a year, coordinated with a later sibling that has one ("tháng 7 và tháng
 * 8/2024", "ngày 30/7 và 2/8/2025"), takes the sibling's year rather than the publication year. Walks right
 * to left so a chain ("tháng 6, tháng 7 và tháng 8/2024") passes the year along.
 */
export function shareSiblingYears(f: string, dates: DateExpr[]): void {
  const order = dates.filter((x) => x.kind !== 'year').sort((x, y) => x.s - y.s || y.e - x.e);
  let next: DateExpr | undefined;
  for (let k = order.length - 1; k >= 0; k--) {
    const x = order[k];
    if (next && next.s >= x.e && !x.explicitYear && next.explicitYear && next.y !== undefined && next.s - x.e <= 8 && COORDINATION.test(f.slice(x.e, next.s))) {
      // The sibling's year must keep the day valid ("29/2" only in leap years).
      if (x.d === undefined || x.m === undefined || x.d <= daysInMonth(next.y, x.m)) {
        x.y = next.y;
        x.explicitYear = true;
      }
    }
    // The sibling is the longest reading at the nearest start.
    if (!next || x.s < next.s || x.e > next.e) next = x;
  }
}
