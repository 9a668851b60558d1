// MONEY: amount + scale words + currency ("243 tỷ 609 triệu đồng", "4.400 USD", "120.000 đồng/m2/tháng"),
// ranges ("3-5 tỷ đồng"), shares ("X/Y tỷ đồng"), and amounts whose currency word is elided but clear from
// the sentence ("ước đạt hơn 100 tỷ" in a budget sentence; "tăng từ 50.000 lên 70.000 đồng").
import { readAmount, readRangeEnd, scaled, type Amount } from './numbers';
import { amountQualifier } from './qualifiers';
import {
  nextWords,
  origSlice,
  phraseAfter,
  phraseBefore,
  phraseSet,
  skipWs,
  skipWsBack,
  type Cand,
  type Scan,
} from './scan';
import { matchUnit, readDenominators } from './units';

/** Currency words (folded) → ISO 4217 code. Longest phrase wins ("đô la Mỹ" before "đô"). */
const CURRENCY_CODES: Record<string, string> = {
  đồng: 'VND', đ: 'VND', vnđ: 'VND', vnd: 'VND', 'việt nam đồng': 'VND',
  usd: 'USD', 'đô la': 'USD', 'đô la mỹ': 'USD', đôla: 'USD', 'đôla mỹ': 'USD', đô: 'USD', 'đô mỹ': 'USD',
  'usd mỹ': 'USD',
  euro: 'EUR', eur: 'EUR', 'ơ rô': 'EUR',
  yên: 'JPY', 'yên nhật': 'JPY', jpy: 'JPY',
  'nhân dân tệ': 'CNY', ndt: 'CNY', cny: 'CNY',
  won: 'KRW', krw: 'KRW',
  'bảng anh': 'GBP', gbp: 'GBP',
  baht: 'THB', bạt: 'THB', thb: 'THB',
  kíp: 'LAK', lak: 'LAK',
  riel: 'KHR', khr: 'KHR',
  'đô la úc': 'AUD', aud: 'AUD',
  'đô la singapore': 'SGD', sgd: 'SGD',
  'đô la canada': 'CAD', cad: 'CAD',
  'đô la hồng kông': 'HKD', hkd: 'HKD',
  'đô la đài loan': 'TWD', twd: 'TWD',
  rúp: 'RUB', rub: 'RUB',
  ringgit: 'MYR', rupee: 'INR', rupiah: 'IDR', peso: 'PHP',
  'franc thụy sĩ': 'CHF', chf: 'CHF',
};
const CURRENCY_SET = phraseSet(Object.keys(CURRENCY_CODES));

/** Syllables that make "đồng", "đô", "yên" an ordinary word, not a currency ("3 đồng chí", "5 đô thị"). */
const NOT_CURRENCY_NEXT: Record<string, Set<string>> = {
  đồng: new Set([
    'chí', 'bào', 'nghiệp', 'đội', 'bằng', 'hương', 'thời', 'ý', 'tâm', 'lòng', 'phạm', 'ruộng', 'hồ', 'bộ',
    'loại', 'minh', 'cảm', 'môn', 'niên', 'dạng', 'khởi', 'sở', 'lúa', 'muối', 'đều', 'cỏ', 'ca', 'diễn', 'hành',
    'tình', 'thuận', 'âm', 'chủ', 'trinh', 'sàng', 'xu', 'đẳng', 'hạng', 'phục', 'tộc', 'hóa', 'cấp', 'quê',
    'hao', 'nhất', 'điệu', 'bọn', 'lõa', 'đảng', 'tính', 'thau', 'vàng', 'bạc',
  ]),
  đô: new Set(['thị', 'vật', 'đốc', 'hộ', 'hội', 'thành', 'úy', 'con']),
  yên: new Set(['tâm', 'bình', 'lặng', 'ổn', 'ả', 'ắng', 'vui', 'ấm', 'giấc', 'nghỉ', 'vị', 'bái', 'thế']),
  won: new Set([]),
};

/** Symbols written before or after an amount. */
const CURRENCY_SYMBOLS: Record<string, string> = { '₫': 'VND', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

/**
 * Words that make an elided currency clear: the sentence talks about money. Searched once over the whole
 * text (global, linear: every repetition is bounded), then looked up by position.
 */
const MONEY_CONTEXT =
  /(?:^|[^\p{L}])(ngân sách|vốn|kinh phí|doanh thu|thu nhập|lợi nhuận|giá trị|tiền|chi phí|đầu tư|nộp|giải ngân|tổng mức|trị giá|giá|lương|nợ|vay|tài trợ|hỗ trợ|ủng hộ|quyên góp|kim ngạch|thuế|phí|quỹ|tín dụng|huy động|tổng thu|tổng chi|chi trả|thu về|bồi thường|xuất khẩu|nhập khẩu|doanh số|grdp|gdp|usd|đô la|vnđ|vnd|thu ngân sách|ngân hàng)(?![\p{L}])|\d[^\S\n]{0,3}(?:(?:tỷ|triệu|nghìn|ngàn)[^\S\n]{1,3})?(đồng|usd)(?![\p{L}])/gu;

interface MoneyCues {
  /** folded positions of money words, ascending */
  pos: number[];
  /** currency the cue speaks of: 'USD' for usd/đô la, 'VND' for "… đồng", '' for plain money words */
  cur: string[];
  /** positions of line breaks, ascending */
  lines: number[];
}

const cueCache = new WeakMap<Scan, MoneyCues>();

function moneyCues(scan: Scan): MoneyCues {
  let c = cueCache.get(scan);
  if (c) return c;
  c = { pos: [], cur: [], lines: [] };
  const f = scan.f;
  MONEY_CONTEXT.lastIndex = 0;
  for (let m = MONEY_CONTEXT.exec(f); m; m = MONEY_CONTEXT.exec(f)) {
    const word = m[1] ?? m[2];
    c.pos.push(m.index);
    c.cur.push(word === 'usd' || word === 'đô la' ? 'USD' : m[2] === 'đồng' ? 'VND' : '');
    if (m[0].length === 0) MONEY_CONTEXT.lastIndex++;
  }
  for (let i = f.indexOf('\n'); i !== -1; i = f.indexOf('\n', i + 1)) c.lines.push(i);
  cueCache.set(scan, c);
  return c;
}

/** First index in a sorted array whose value is >= x. */
function lowerBound(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The currency a money sentence around [s, e) speaks of ('VND' unless only USD is named), or null. */
function moneyContext(scan: Scan, s: number, e: number): string | null {
  const c = moneyCues(scan);
  const line = lowerBound(c.lines, s);
  const lineStart = line > 0 ? c.lines[line - 1] : -1;
  const lineEnd = line < c.lines.length ? c.lines[line] : Infinity;
  let found = false;
  let usd = false;
  let vnd = false;
  for (let k = lowerBound(c.pos, Math.max(s - CONTEXT_CHARS, lineStart + 1)); k < c.pos.length; k++) {
    const p = c.pos[k];
    if (p > e + CONTEXT_CHARS || p > lineEnd) break;
    if (p >= s && p < e) continue;
    found = true;
    if (c.cur[k] === 'USD') usd = true;
    if (c.cur[k] === 'VND') vnd = true;
  }
  if (!found) return null;
  return usd && !vnd ? 'USD' : 'VND';
}

/** How far around an elided amount we look for money words, in characters (about one sentence). */
const CONTEXT_CHARS = 160;

/** Minimum scale for an elided currency: "100 tỷ" is money, "100 nghìn" may well be people. */
const ELIDED_MIN_SCALE = 1e6;

interface Currency {
  s: number;
  e: number;
  code: string;
}

/** The currency right after p (glued "50.000đ" or after spaces), or null. */
export function matchCurrency(scan: Scan, p: number): Currency | null {
  const f = scan.f;
  const q = skipWs(f, p);
  const sym = CURRENCY_SYMBOLS[f.charAt(q)];
  if (sym) return { s: q, e: q + 1, code: sym };
  const hit = phraseAfter(f, p, CURRENCY_SET);
  if (!hit) return null;
  const stop = NOT_CURRENCY_NEXT[hit.phrase];
  if (stop) {
    const nw = nextWords(f, hit.e, 1)[0];
    if (nw && nw.s > hit.e && stop.has(nw.w)) return null;
  }
  return { s: hit.s, e: hit.e, code: CURRENCY_CODES[hit.phrase] };
}

function withPer(scan: Scan, c: Cand, curEnd: number): Cand {
  const perEnd = readDenominators(scan.f, curEnd);
  if (perEnd > curEnd) {
    c.e = perEnd;
    c.per = origSlice(scan, curEnd + 1, perEnd);
  }
  return c;
}

function qualify(scan: Scan, c: Cand): Cand {
  const q = amountQualifier(scan.f, c.s);
  if (q) c.qualifier = q.phrase;
  return c;
}

/** MONEY candidates that start at number token i (explicit currency, range, share, symbol prefix). */
export function moneyAt(scan: Scan, i: number, a: Amount, out: Cand[]): void {
  const f = scan.f;
  const tok = scan.nums[i];

  // Share "X/Y tỷ đồng": value X, of Y, both expanded with Y's scale.
  if (f.charCodeAt(tok.e) === 47 && i + 1 < scan.nums.length && scan.nums[i + 1].s === tok.e + 1) {
    const b = readAmount(scan, i + 1);
    if (b && b.topScale > 1) {
      const cur = matchCurrency(scan, b.e);
      const whole = scan.nums[i + 1].value;
      if (cur && tok.value <= whole) {
        const c: Cand = {
          s: tok.s, e: cur.e, type: 'MONEY', prio: 3, currency: cur.code,
          value: scaled(tok.value, b.topScale), of: b.value,
        };
        out.push(qualify(scan, withPer(scan, c, cur.e)));
        return;
      }
    }
  }

  // Range "3-5 tỷ đồng", "1,5 - 2 triệu USD".
  const range = readRangeEnd(scan, a, tok.value, (e) => matchCurrency(scan, e));
  if (range) {
    const c: Cand = {
      s: range.start ?? tok.s, e: range.tail.e, type: 'MONEY', prio: 3, currency: range.tail.code, valueMin: range.min, valueMax: range.max,
    };
    out.push(qualify(scan, withPer(scan, c, range.tail.e)));
  }

  // Plain amount + currency.
  const cur = matchCurrency(scan, a.e);
  if (cur) {
    const c: Cand = { s: tok.s, e: cur.e, type: 'MONEY', prio: 3, currency: cur.code, value: a.value };
    out.push(qualify(scan, withPer(scan, c, cur.e)));
    return;
  }

  // Symbol before the amount: "$100", "US$ 2 triệu", "€5".
  const before = skipWsBack(f, tok.s);
  const sym = before > 0 ? CURRENCY_SYMBOLS[f.charAt(before - 1)] : undefined;
  if (sym) {
    const symStart = f.slice(Math.max(0, before - 3), before - 1) === 'us' ? before - 3 : before - 1;
    const c: Cand = { s: symStart, e: a.e, type: 'MONEY', prio: 3, currency: sym, value: a.value };
    out.push(qualify(scan, withPer(scan, c, a.e)));
    return;
  }

  // "từ 50.000 lên 70.000 đồng": the first amount takes the second one's currency (and scale if it has none).
  const link = nextWords(f, a.e, 1)[0];
  if (link && /^(?:lên|xuống|đến|tới|còn)$/.test(link.w) && phraseBefore(f, tok.s, FROM)) {
    const j = scan.numAt.get(skipWs(f, link.e));
    if (j !== undefined) {
      const b = readAmount(scan, j);
      const cur2 = b ? matchCurrency(scan, b.e) : null;
      if (b && cur2) {
        const v = a.topScale === 1 && b.topScale > 1 ? scaled(tok.value, b.topScale) : a.value;
        out.push({ s: tok.s, e: a.e, type: 'MONEY', prio: 3, currency: cur2.code, value: v, inferredCurrency: true });
        return;
      }
    }
  }

  // Elided currency after a large scale word in a money sentence: "ước đạt hơn 100 tỷ".
  if (a.topScale >= ELIDED_MIN_SCALE && !tok.weakCue && !matchUnit(scan, a.e) && f.charCodeAt(skipWs(f, a.e)) !== 37) {
    const code = moneyContext(scan, tok.s, a.e);
    if (code) {
      const c: Cand = { s: tok.s, e: a.e, type: 'MONEY', prio: 2, currency: code, value: a.value, inferredCurrency: true };
      out.push(qualify(scan, c));
    }
  }
}

const FROM = phraseSet(['từ', 'tăng từ', 'giảm từ']);

