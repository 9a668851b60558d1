// What the entity recognizer paints, as "TYPE:text" strings: the one helper the entity unit tests share.
import { recognizeEntities } from '../../../src/core/entities';
import { foldText } from '../../../src/core/text/normalize';
import type { Span } from '../../../src/core/types';

const NAMES = new Set(['PERSON', 'LOCATION', 'ORGANIZATION']);
const label = (s: Span) => `${s.type}:${s.text}`;

/** Every span, nested ones included, in text order ("published" anchors dates and former units). */
export function readings(text: string, published = '2025-08-05'): string[] {
  return recognizeEntities(text, { folded: foldText(text), published }).map(label);
}

/** PER/LOC/ORG spans only (titles and figures left out, as the corpus and VLSP score them). */
export function names(text: string, published = '2025-08-05'): string[] {
  return recognizeEntities(text, { folded: foldText(text), published }).filter((s) => NAMES.has(s.type)).map(label);
}

/** The outermost PER/LOC/ORG spans: no other of them contains it (what the corpus scores). */
export function outerNames(text: string): string[] {
  const spans = recognizeEntities(text, { folded: foldText(text) }).filter((s) => NAMES.has(s.type));
  return spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start)).map(label);
}

/** The strings of one type among `got`. */
export const ofType = (type: string, got: string[]): string[] => got.filter((s) => s.startsWith(`${type}:`));
