// The contract of the pure core (see README "How it is built"). Everything here is plain data so that the
// content script, the background worker, the CLI, the benchmarks and the unit tests share one shape.
// Offsets are UTF-16 indices (JS string indices) into the text that was given to analyze():
// `text.slice(span.start, span.end) === span.text` always holds.

export type EntityType =
  | 'PERSON'
  | 'TITLE'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'MONEY'
  | 'PERCENT'
  | 'DATE'
  | 'PERIOD'
  | 'QUANTITY'
  | 'ORDINAL';

export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'TITLE',
  'LOCATION',
  'ORGANIZATION',
  'MONEY',
  'PERCENT',
  'DATE',
  'PERIOD',
  'QUANTITY',
  'ORDINAL',
];

export const FIGURE_TYPES: readonly EntityType[] = ['MONEY', 'PERCENT', 'DATE', 'PERIOD', 'QUANTITY', 'ORDINAL'];

/** An administrative or geographic unit a LOCATION resolves to. */
export interface PlaceRef {
  /** province | city (centrally governed) | commune (xã/phường/đặc khu) | district (pre-2025) | village | country | foreign-city | region */
  level: 'province' | 'commune' | 'district' | 'village' | 'country' | 'foreign-city' | 'region';
  /** Unit type word as written in official names: tỉnh, thành phố, xã, phường, đặc khu, huyện, thôn … */
  unitType?: string;
  /** Official name without the unit word, e.g. "Hà Trung". */
  name: string;
  /** Current (since 1/7/2025) province the unit belongs to, e.g. "Thanh Hóa". */
  province?: string;
  /** false for a unit that no longer exists since the July 2025 reorganisation. */
  current: boolean;
  /** For a former unit: the current unit(s) it is now part of, as "xã Hà Trung, Thanh Hóa". */
  nowPartOf?: string[];
  /** For a current unit: the former units it was formed from. */
  formedFrom?: string[];
}

export interface Span {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /**
   * Normalised meaning. MONEY: amount in `currency` (VND fully expanded); PERCENT/QUANTITY/ORDINAL: number;
   * DATE: ISO date "2025-11-25" / "2025-11" / "2025"; PERIOD: "start/end" ISO range.
   */
  value?: number | string;
  valueMin?: number;
  valueMax?: number;
  /** For "5/7 xã" and "X/Y tỷ đồng": the whole. */
  of?: number;
  currency?: string;
  /** true when the currency word is elided ("hơn 100 tỷ"). */
  inferredCurrency?: boolean;
  unit?: string;
  /** Per-unit price denominator: "120.000 đồng/m2/tháng" → "m2/tháng". */
  per?: string;
  /** Approximator before a figure, outside the span: hơn, gần, khoảng, ước đạt … */
  qualifier?: string;
  /** TITLE modifiers outside the span: nguyên, cựu, tân, đương kim. */
  modifier?: string;
  /** LOCATION: the unit it resolves to (first is the best guess). */
  place?: PlaceRef;
  /** ORGANIZATION/TITLE: abbreviations spelled out ("UBND" → "Ủy ban nhân dân"). */
  expansion?: string;
  /** Recognizer confidence 0..1 (used to drop weak spans; not shown as a verdict). */
  confidence?: number;
}

export interface SummarySentence {
  start: number;
  end: number;
  text: string;
  /** Higher is more central/important; comparable only within one article. */
  score: number;
  /** 1 = best sentence. The list itself is in article order. */
  rank: number;
}

export interface AnalyzeMeta {
  title?: string;
  /** ISO date (YYYY-MM-DD or full ISO timestamp) the article was published; anchors "25/11" to a year. */
  published?: string;
  url?: string;
  /** Sentences in the summary (1..7, default 3). */
  summaryLength?: number;
}

export interface ProvincialVerdict {
  /** 0..1: how strongly the text reads as Vietnamese provincial/local news. */
  score: number;
  isProvincial: boolean;
  /** Current province the article is mostly about, when one dominates. */
  province?: string;
  /** Human-readable reasons (for the popup and debugging). */
  signals: string[];
}

export interface Analysis {
  /** 'vi' when the text is Vietnamese; other pages get no entities. */
  lang: 'vi' | 'other';
  provincial: ProvincialVerdict;
  entities: Span[];
  summary: SummarySentence[];
}
