// Robustness of the pure core on any input a page can contain: analyze() never throws, and everything it
// returns can be painted on the page (offsets inside the text, quoting the text exactly, one layer per
// type). A violation here would be a highlight in the wrong place or a broken page for a reader.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { recognizeWhole } from '../../src/core/entities';
import { foldText } from '../../src/core/text/normalize';
import type { Analysis } from '../../src/core/types';

/** Runs per property on short strings: enough variety, still a few seconds in total. */
const RUNS = 200;

function checkInvariants(text: string, a: Analysis): void {
  for (const s of a.entities) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length))
      throw new Error(`bad offsets ${s.type} ${s.start}-${s.end} (length ${text.length})`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`span text differs from the text at ${s.start}-${s.end}: ${JSON.stringify(s.text)}`);
  }
  // Spans of one type never overlap (different types may nest).
  const byType = new Map<string, { start: number; end: number }[]>();
  for (const s of a.entities) (byType.get(s.type) ?? byType.set(s.type, []).get(s.type)!).push(s);
  for (const [type, spans] of byType) {
    spans.sort((x, y) => x.start - y.start);
    for (let i = 1; i < spans.length; i++)
      if (spans[i].start < spans[i - 1].end) throw new Error(`${type} spans overlap: ${spans[i - 1].start}-${spans[i - 1].end} and ${spans[i].start}-${spans[i].end}`);
  }
  // Summary sentences: valid offsets quoting the text, in article order, ranks 1..n once each.
  let prevEnd = 0;
  for (const s of a.summary) {
    if (!(0 <= s.start && s.start < s.end && s.end <= text.length)) throw new Error(`bad summary offsets ${s.start}-${s.end}`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`summary text differs from the text at ${s.start}-${s.end}`);
    if (s.start < prevEnd) throw new Error('summary sentences out of article order or overlapping');
    prevEnd = s.end;
  }
  const ranks = a.summary.map((s) => s.rank).sort((x, y) => x - y);
  if (ranks.some((r, i) => r !== i + 1)) throw new Error(`summary ranks are not 1..n: ${ranks.join(',')}`);
}

function analyzeAndCheck(text: string): void {
  checkInvariants(text, analyze(text, { published: '2025-11-25' }));
}

// Material for generated text: the sample article's own words plus figure words and cue words, so the
// recognizers actually fire on generated input (random ASCII alone would rarely reach them).
const seed = readFileSync(new URL('../fixtures/seed/article.txt', import.meta.url), 'utf8');
const seedWords = [...new Set(seed.split(/\s+/).filter(Boolean))];
const cueWords = [
  'tỷ', 'triệu', 'nghìn', 'ngàn', 'đồng', 'USD', '%', 'phần trăm', 'ha', 'km', 'm2', 'tấn', 'người', 'xã', 'phường',
  'tỉnh', 'huyện', 'thôn', 'TP', 'UBND', 'HĐND', 'Sở', 'Ban', 'Chủ tịch', 'Phó', 'Bí thư', 'ông', 'bà', 'Nguyễn',
  'Thị', 'Văn', 'ngày', 'tháng', 'năm', 'quý', 'giai đoạn', 'nhiệm kỳ', 'từ', 'đến', 'lần thứ', 'khóa', 'thứ',
  'hơn', 'gần', 'khoảng', 'ước đạt', 'Sáng', 'chiều', '(', ')', ',', '.', ';', ':', '-', '–', '/', '"', '“', '”', '\n', '\n\n',
];
const numberish = fc.oneof(
  fc.integer({ min: 0, max: 1e9 }).map(String),
  fc.integer({ min: 0, max: 1e7 }).map((n) => n.toLocaleString('de-DE')), // 1.234.567 (Vietnamese grouping)
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1900, max: 2100 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 })).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom('I', 'II', 'IV', 'XX', 'XIV', 'MMXXV', '0', '00', '1.', ',5', '1/', '/2', '9999999999999999999999'),
);
const word = fc.oneof(fc.constantFrom(...seedWords), fc.constantFrom(...cueWords), numberish);
const vietnameseMix = fc.array(word, { maxLength: 80 }).chain((ws) =>
  fc.array(fc.constantFrom(' ', ' ', ' ', '', '\u00a0', '  '), { minLength: ws.length, maxLength: ws.length }).map((seps) =>
    ws.map((w, i) => w + seps[i]).join(''),
  ),
);
/** Any UTF-16 code units: NUL, lone surrogates, controls, private use. */
const rawUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((u) => String.fromCharCode(...u));
const emoji = fc.array(fc.constantFrom('😀', '👍🏽', '🇻🇳', '👨‍👩‍👧', '❤️', '🔥', ' ', '100', '%', 'đồng'), { maxLength: 60 }).map((a) => a.join(''));
const rtl = fc.array(fc.constantFrom('مرحبا', 'بالعالم', 'שלום', 'עולם', '\u200f', '\u202e', '١٢٣', ' ', '25/11', 'xã Hà Trung'), { maxLength: 60 }).map((a) => a.join(' '));
const digitsOnly = fc.array(fc.constantFrom(...'0123456789'), { maxLength: 300 }).map((a) => a.join(''));

describe('analyze() on arbitrary input', () => {
  it('handles the empty string', () => {
    analyzeAndCheck('');
  });

  it('handles arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), analyzeAndCheck), { numRuns: RUNS });
  });

  it('handles raw UTF-16 (NUL, lone surrogates, controls)', () => {
    fc.assert(fc.property(rawUnits, analyzeAndCheck), { numRuns: RUNS });
  });

  it('handles digit-only strings', () => {
    fc.assert(fc.property(digitsOnly, analyzeAndCheck), { numRuns: RUNS });
  });

  it('handles emoji and right-to-left text', () => {
    fc.assert(fc.property(fc.oneof(emoji, rtl), analyzeAndCheck), { numRuns: RUNS });
  });

  it('handles random mixes of Vietnamese words, numbers and unit words, in NFC and NFD', () => {
    fc.assert(
      fc.property(vietnameseMix, fc.boolean(), (text, nfd) => analyzeAndCheck(nfd ? text.normalize('NFD') : text)),
      { numRuns: RUNS },
    );
  });

  it('runs every entity rule without an error on those mixes (the safety net in the product would hide one)', () => {
    // Each mix also ends without a full stop, where a headline ends: the case that once threw.
    fc.assert(
      fc.property(vietnameseMix, (text) => {
        recognizeWhole(text, { folded: foldText(text), published: '2025-11-25' }, null);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('handles the sample article in NFD with a lone surrogate and NUL inserted', () => {
    const text = seed.normalize('NFD').replace('Hà Trung', 'Hà \ud800Trung').replace('Tống Sơn', 'Tống\u0000 Sơn');
    analyzeAndCheck(text);
  });

  it('handles a 5 MB text once', { timeout: 120_000 }, () => {
    // Deterministic mix (fixed seed) so a failure can be reproduced; mostly Vietnamese, some long runs
    // without punctuation and some dense figures, which are the hard cases for sentence and figure scans.
    const parts = fc.sample(vietnameseMix, { seed: 20251125, numRuns: 400 });
    const chunks: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const piece = i % 50 === 0 ? seed : parts[i % parts.length];
      chunks.push(piece, i % 7 === 0 ? '\n\n' : ' ');
      size += piece.length + 1;
    }
    analyzeAndCheck(chunks.join(''));
  });
});
