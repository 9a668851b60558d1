// W3C Web Annotation Data Model export (https://www.w3.org/TR/annotation-model/): an AnnotationCollection
// whose first page holds one Annotation per stored annotation, each targeting the article URL with the
// stored quote and position selectors (alternatives for the same range).
import { TYPE_STYLES, describePlace, formatValue } from '../format';
import { USER_TYPE, type AnnotationRecord, type SavedArticle } from '../../shared/records';
import { annotationSpan } from './span';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'tagging' | 'describing' | 'commenting';
  language: string;
  format: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'highlighting' | 'commenting';
  created: string;
  /** Omitted for a reader's plain highlight (nothing to say but the selection itself). */
  body?: TextualBody[];
  target: { source: string; selector: AnnotationRecord['selectors'] };
}

function body(value: string, purpose: TextualBody['purpose']): TextualBody {
  return { type: 'TextualBody', value, purpose, language: 'vi', format: 'text/plain' };
}

/**
 * Motivation: automatic annotations tag the words with their type; a reader's annotation is a comment
 * when it carries a note, else a highlight. Bodies: the type label, the normalised value (or the place
 * / the spelled-out abbreviation) and the note. A USER highlight without a note has no body at all.
 */
export function toWebAnnotation(saved: SavedArticle, a: AnnotationRecord, index: number): WebAnnotation {
  const span = annotationSpan(a);
  // A reader's plain highlight (USER) has no type to tag: W3C allows a highlighting annotation with no body.
  const bodies: TextualBody[] = a.type === USER_TYPE ? [] : [body(TYPE_STYLES[a.type].label, 'tagging')];
  const described = formatValue(span) ?? describePlace(span) ?? a.expansion;
  if (described) bodies.push(body(a.qualifier && a.value !== undefined ? `${a.qualifier} ${described}` : described, 'describing'));
  if (a.note) bodies.push(body(a.note, 'commenting'));
  const motivation = a.source === 'auto' ? 'tagging' : a.note ? 'commenting' : 'highlighting';
  return {
    // A stable IRI: same article text and same annotation order → same id in every export.
    id: `urn:soitin:${saved.article.textHash}:${a.id ?? index}`,
    type: 'Annotation',
    motivation,
    created: new Date(saved.article.analyzedAt).toISOString(),
    ...(bodies.length ? { body: bodies } : {}),
    target: { source: saved.article.url, selector: a.selectors },
  };
}

export function serializeWebAnno(saved: readonly SavedArticle[], now: Date): string {
  const items = saved.flatMap((s) => s.annotations.map((a, i) => toWebAnnotation(s, a, i)));
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `urn:soitin:export:${now.toISOString()}`,
    type: 'AnnotationCollection',
    label: `Soi Tin — ${saved.length} bài viết`,
    generator: { type: 'Software', name: 'Soi Tin' },
    generated: now.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
