// Shared helpers for the figures tests: run the recognizer the way analyze() does (on the folded copy).
import { recognizeFigures } from '../../src/core/figures';
import { foldText } from '../../src/core/text/normalize';
import type { Span } from '../../src/core/types';

export const PUBLISHED = '2025-11-25';

/** `published: null` runs without a publication date. */
export function figures(text: string, published: string | null = PUBLISHED): Span[] {
  return recognizeFigures(text, { folded: foldText(text), ...(published ? { published } : {}) });
}

/** The one figure whose text is exactly `sub` (fails the test with the full list otherwise). */
export function figure(text: string, sub: string, published?: string): Span {
  const spans = figures(text, published ?? PUBLISHED);
  const hit = spans.filter((s) => s.text === sub);
  if (hit.length !== 1) throw new Error(`expected one figure "${sub}" in "${text}", got ${JSON.stringify(spans.map((s) => [s.type, s.text]))}`);
  return hit[0];
}

/** Texts of all figures, for compact "exactly these" assertions. */
export function texts(text: string, published?: string): string[] {
  return figures(text, published ?? PUBLISHED).map((s) => `${s.type}:${s.text}`);
}
