// Figures recognizer of the pure core: MONEY, PERCENT, DATE, PERIOD, QUANTITY, ORDINAL in Vietnamese text.
// Works on the folded copy (ctx.folded) and reports offsets in the original text. Every figure must contain
// a digit, except Roman numerals in ordinals and quarters. Each file reads one kind of figure; this one
// finds the numbers once, lets each reader propose candidates, and keeps the non-overlapping best.
import type { Span } from '../types';
import type { RecognizerContext } from '../context';
import { foldText, type MatchText } from '../text/normalize';
import { withParagraphFallback } from '../paragraph-fallback';
import { markIdentifiers } from './identifiers';
import { readAmount, tokenizeNumbers } from './numbers';
import { datesAt, shareSiblingYears, type DateExpr } from './dates';
import { dayRangeAt, datesAndRanges, monthsOfYearAt, openStartRanges, quarters, yearRangeAt } from './periods';
import { moneyAt } from './money';
import { percentAt } from './percent';
import { quantityAt } from './quantity';
import { ordinals } from './ordinal';
import { resolve } from './resolve';
import { NumIndex, prevWords, skipWs, type Cand, type Scan, type Ymd } from './scan';

/** Words that make the following number a calendar item, never an amount ("năm 2025 người dân …"). */
const CALENDAR_WORDS = new Set(['ngày', 'tháng', 'năm', 'quý', 'mùng', 'mồng']);

/** Thousands groups or a decimal comma: never a day, month or year. */
const AMOUNT_SHAPE = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,\d+$/;

/** Vietnam's offset from UTC, to read "2025-11-24T20:00:00Z" as 25/11 local time. */
const VN_UTC_OFFSET_MS = 7 * 3600 * 1000;

/** The publication day from an ISO date or timestamp; undefined when absent or unreadable. */
export function parsePublished(published: string | undefined): Ymd | undefined {
  if (!published) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return undefined;
  if (published.length > 10 && /[zZ]|[+-]\d{2}:?\d{2}$/.test(published)) {
    const t = Date.parse(published);
    if (Number.isFinite(t)) {
      const d = new Date(t + VN_UTC_OFFSET_MS);
      return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
    }
  }
  return { y: +m[1], m: +m[2], d: +m[3] };
}

function matchTextFor(text: string, ctx: RecognizerContext | undefined): MatchText {
  const m = ctx?.folded;
  // Trust the shared copy only if it belongs to this text (its map ends at the text's length).
  if (m && m.toOrig.length === m.folded.length + 1 && m.toOrig[m.folded.length] === text.length) return m;
  return foldText(text);
}

export function buildScan(text: string, ctx: RecognizerContext | undefined): Scan {
  const mt = matchTextFor(text, ctx);
  const nums = tokenizeNumbers(mt.folded);
  markIdentifiers(mt.folded, nums);
  const numAt = new NumIndex(mt.folded.length, nums);
  return { f: mt.folded, orig: text, toOrig: mt.toOrig, nums, numAt, published: parsePublished(ctx?.published) };
}

function toSpan(scan: Scan, c: Cand): Span {
  const start = scan.toOrig[c.s];
  const end = c.e >= scan.toOrig.length - 1 ? scan.toOrig[scan.toOrig.length - 1] : scan.toOrig[c.e];
  const span: Span = { start, end, type: c.type, text: scan.orig.slice(start, end) };
  if (c.value !== undefined) span.value = c.value;
  if (c.valueMin !== undefined) span.valueMin = c.valueMin;
  if (c.valueMax !== undefined) span.valueMax = c.valueMax;
  if (c.of !== undefined) span.of = c.of;
  if (c.currency !== undefined) span.currency = c.currency;
  if (c.inferredCurrency) span.inferredCurrency = true;
  if (c.unit !== undefined) span.unit = c.unit;
  if (c.per !== undefined) span.per = c.per;
  if (c.qualifier !== undefined) span.qualifier = c.qualifier;
  return span;
}

/**
 * All figures of the text, sorted by start, never overlapping. Never throws: a recognizer bug must not take
 * the page down, and costs only the paragraph it happens in (withParagraphFallback).
 */
export function recognizeFigures(text: string, ctx: RecognizerContext): Span[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return withParagraphFallback(text, (part) => findFigures(part, part === text ? ctx : { ...ctx, folded: foldText(part) }));
}

/** The recognizer itself; may throw on a bug (tests call it to see the error). */
export function findFigures(text: string, ctx: RecognizerContext | undefined): Span[] {
  {
    if (typeof text !== 'string' || text.length === 0) return [];
    const scan = buildScan(text, ctx);
    const cands: Cand[] = [];
    const dates: DateExpr[] = [];
    const f = scan.f;
    for (let i = 0; i < scan.nums.length; i++) {
      const t = scan.nums[i];
      if (t.hard) continue;
      for (const d of datesAt(scan, i)) dates.push(d);
      // A term cue like "nhiệm kỳ" also reads as a name cue ("Kỳ 2"); year ranges do not care.
      if (!t.cont) yearRangeAt(scan, i, cands);
      if (t.cont || t.nameCue) continue;
      dayRangeAt(scan, i, cands);
      monthsOfYearAt(scan, i, cands);
      const pw = prevWords(f, t.s, 1)[0];
      // A number grouped in thousands or with decimals is an amount even after "năm" ("cây lâu năm 185.000 đồng/m2").
      if (pw && skipWs(f, pw.e) === t.s && CALENDAR_WORDS.has(pw.w) && !AMOUNT_SHAPE.test(t.raw)) continue;
      const a = readAmount(scan, i);
      if (!a) continue;
      moneyAt(scan, i, a, cands);
      percentAt(scan, i, a, cands);
      quantityAt(scan, i, a, cands);
    }
    shareSiblingYears(f, dates);
    datesAndRanges(scan, dates, cands);
    openStartRanges(scan, dates, cands);
    quarters(scan, cands);
    ordinals(scan, cands);
    return resolve(cands, f.length).map((c) => toSpan(scan, c));
  }
}
