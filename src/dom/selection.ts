// The reader's selection on the live page → offsets into the extracted article text (the reverse of
// ArticleTextMap.toLive), so a highlight or note is stored against the same text the analysis indexes.
import { ArticleTextMap, liveOffsetOf } from './text-map';

export interface ArticleSelection {
  start: number;
  end: number;
  /** articleText.slice(start, end): what the background checks against its stored copy. */
  exact: string;
}

/** Characters trimmed from the ends of a selection (double-click often takes the following space). */
const EDGE_SPACE_RE = /\s/;

/** A DOM boundary point as (live text node index, raw offset), snapping into the nearest text node. */
function textPoint(range: Range, nodes: readonly Text[], index: Map<Node, number>, which: 'start' | 'end'): [number, number] | null {
  const container = which === 'start' ? range.startContainer : range.endContainer;
  const offset = which === 'start' ? range.startOffset : range.endOffset;
  const direct = index.get(container);
  if (direct !== undefined) return [direct, offset];
  // An element boundary (triple-click, select-all): the first text node inside the range for a start,
  // the last one for an end. No text node straddles an element boundary, so comparing its ends is enough.
  if (which === 'start') {
    for (let i = 0; i < nodes.length; i++) if (range.comparePoint(nodes[i], 0) >= 0) return [i, 0];
    return null;
  }
  for (let i = nodes.length - 1; i >= 0; i--) if (range.comparePoint(nodes[i], nodes[i].data.length) <= 0) return [i, nodes[i].data.length];
  return null;
}

/**
 * Article [start, end) covered by `range`, trimmed of surrounding whitespace and clipped to the article
 * (a selection that starts in a sidebar keeps only its article part). null when it covers no article text.
 * `root` must be the same subtree the highlighter paints (default: body).
 */
export function articleRangeOf(doc: Document, articleText: string, range: Range, root?: Node): ArticleSelection | null {
  if (!articleText || range.collapsed) return null;
  const map = new ArticleTextMap(articleText, root ?? doc.body ?? doc.documentElement);
  const nodes = map.live.nodes;
  const index = new Map<Node, number>(nodes.map((n, i) => [n, i]));
  const a = textPoint(range, nodes, index, 'start');
  const b = textPoint(range, nodes, index, 'end');
  if (!a || !b) return null;
  let start = map.fromLive(liveOffsetOf(map.live, a[0], a[1], 1), 1);
  let end = map.fromLive(liveOffsetOf(map.live, b[0], b[1], -1), -1);
  if (start < 0 || end < 0) return null;
  while (start < end && EDGE_SPACE_RE.test(articleText[start])) start++;
  while (end > start && EDGE_SPACE_RE.test(articleText[end - 1])) end--;
  if (end <= start) return null;
  return { start, end, exact: articleText.slice(start, end) };
}
