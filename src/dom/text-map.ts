// Maps offsets of the extracted article text onto the live page. The live page's text is built with the
// same collapsing rules as the extraction (text-walk.ts), each extracted paragraph is found in it verbatim,
// and an offset inside a paragraph then maps one to one onto a (text node, offset) pair.
import { CollapsingBuilder, walkText } from './text-walk';

/** The live text of a subtree with a way back from every character to its text node. */
export interface LiveText {
  text: string;
  nodes: Text[];
  segStart: number[];
  segNode: number[];
  segRaw: number[];
}

/** A point in a live text node. */
export interface NodePoint {
  nodeIndex: number;
  node: Text;
  offset: number;
}

export function buildLiveText(root: Node): LiveText {
  const b = new CollapsingBuilder();
  walkText(root, { text: (n) => b.addNode(n), boundary: () => b.addBoundary() });
  return { text: b.toString(), nodes: b.nodes, segStart: b.segStart, segNode: b.segNode, segRaw: b.segRaw };
}

function segmentAt(live: LiveText, offset: number): number {
  let lo = 0;
  let hi = live.segStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (live.segStart[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The text-node point of live character `offset`. Virtual spaces (block boundaries) have no node: `dir`
 * says whether to move forward (range starts) or backward (range ends) to the nearest real character.
 */
function pointOf(live: LiveText, offset: number, dir: 1 | -1): NodePoint | null {
  if (!live.segStart.length) return null;
  let seg = segmentAt(live, offset);
  let off = offset;
  while (live.segNode[seg] < 0) {
    seg += dir;
    if (seg < 0 || seg >= live.segStart.length) return null;
    off = dir > 0 ? live.segStart[seg] : (live.segStart[seg + 1] ?? live.text.length) - 1;
  }
  const nodeIndex = live.segNode[seg];
  return { nodeIndex, node: live.nodes[nodeIndex], offset: live.segRaw[seg] + (off - live.segStart[seg]) };
}

/**
 * The live offset of raw position `raw` in text node `nodeIndex` — the reverse of pointOf. Positions in
 * collapsed whitespace (or in a node with no visible character) snap to the nearest visible character
 * in direction `dir`: forward for a range start, backward for an (exclusive) range end.
 */
export function liveOffsetOf(live: LiveText, nodeIndex: number, raw: number, dir: 1 | -1): number {
  const n = live.segStart.length;
  const segEnd = (k: number) => (k + 1 < n ? live.segStart[k + 1] : live.text.length);
  if (dir > 0) {
    for (let k = 0; k < n; k++) {
      const node = live.segNode[k];
      if (node < 0 || node < nodeIndex) continue;
      if (node > nodeIndex) return live.segStart[k];
      const len = segEnd(k) - live.segStart[k];
      if (live.segRaw[k] + len > raw) return live.segStart[k] + Math.max(0, raw - live.segRaw[k]);
    }
    return live.text.length;
  }
  for (let k = n - 1; k >= 0; k--) {
    const node = live.segNode[k];
    if (node < 0 || node > nodeIndex) continue;
    if (node < nodeIndex) return segEnd(k);
    if (live.segRaw[k] < raw) return live.segStart[k] + Math.min(segEnd(k) - live.segStart[k], raw - live.segRaw[k]);
  }
  return 0;
}

/** Start and end points (end exclusive, inside the node of the last character) of live [start, end). */
export function livePoints(live: LiveText, start: number, end: number): [NodePoint, NodePoint] | null {
  if (end <= start) return null;
  const a = pointOf(live, start, 1);
  const lastChar = pointOf(live, end - 1, -1);
  if (!a || !lastChar) return null;
  const b = { ...lastChar, offset: lastChar.offset + 1 };
  if (b.nodeIndex < a.nodeIndex || (b.nodeIndex === a.nodeIndex && b.offset <= a.offset)) return null;
  return [a, b];
}

/**
 * Finds every paragraph in the live text, in order. The longest paragraph is located first (almost always
 * unique on the page), then earlier paragraphs are searched backwards from it and later ones forwards, so
 * a short caption that also appears in a sidebar or a teaser before the article is not matched there.
 * Returns the live start of each paragraph, or -1 for one that is not on the page.
 */
export function alignParagraphs(paragraphs: readonly string[], live: string): number[] {
  const found = paragraphs.map(() => -1);
  if (!paragraphs.length) return found;
  let anchor = 0;
  for (let i = 1; i < paragraphs.length; i++) if (paragraphs[i].length > paragraphs[anchor].length) anchor = i;
  const anchorPos = live.indexOf(paragraphs[anchor]);
  if (anchorPos < 0) {
    // The longest paragraph is missing (the page changed since extraction): plain forward search.
    let cursor = 0;
    paragraphs.forEach((p, i) => {
      const at = live.indexOf(p, cursor);
      if (at >= 0) {
        found[i] = at;
        cursor = at + p.length;
      }
    });
    return found;
  }
  found[anchor] = anchorPos;
  let cursor = anchorPos + paragraphs[anchor].length;
  for (let i = anchor + 1; i < paragraphs.length; i++) {
    const at = live.indexOf(paragraphs[i], cursor);
    if (at >= 0) {
      found[i] = at;
      cursor = at + paragraphs[i].length;
    }
  }
  let limit = anchorPos;
  for (let i = anchor - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (limit - p.length < 0) continue;
    const at = live.lastIndexOf(p, limit - p.length);
    if (at >= 0) {
      found[i] = at;
      limit = at;
    }
  }
  return found;
}

/** The extracted article laid over the live page: converts article offsets to live text offsets. */
export class ArticleTextMap {
  readonly live: LiveText;
  /** Article offset where each paragraph starts, and its length. */
  private readonly paraStart: number[] = [];
  private readonly paraLen: number[] = [];
  private readonly liveStart: number[];

  /** `articleText` is ExtractedArticle.text: paragraphs joined with "\n\n". */
  constructor(articleText: string, root: Node) {
    this.live = buildLiveText(root);
    const paragraphs = articleText.split('\n\n');
    let pos = 0;
    for (const p of paragraphs) {
      this.paraStart.push(pos);
      this.paraLen.push(p.length);
      pos += p.length + 2;
    }
    this.liveStart = alignParagraphs(paragraphs, this.live.text);
  }

  /** How many paragraphs were found on the page / in total. */
  get coverage(): { found: number; total: number } {
    return { found: this.liveStart.filter((x) => x >= 0).length, total: this.liveStart.length };
  }

  /**
   * Live [start, end) ranges for article [start, end): one per paragraph the range touches (a span never
   * crosses paragraphs in practice, but clipping keeps it safe). Paragraphs not found give nothing.
   */
  toLive(start: number, end: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    // Binary search the first paragraph that ends after `start`.
    let lo = 0;
    let hi = this.paraStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.paraStart[mid] + this.paraLen[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.paraStart.length && this.paraStart[i] < end; i++) {
      const ls = this.liveStart[i];
      if (ls < 0) continue;
      const s = Math.max(start, this.paraStart[i]);
      const e = Math.min(end, this.paraStart[i] + this.paraLen[i]);
      if (e > s) out.push([ls + (s - this.paraStart[i]), ls + (e - this.paraStart[i])]);
    }
    return out;
  }

  /**
   * The article offset of live offset `live` — the reverse of toLive. A start (dir 1) outside every found
   * paragraph snaps forward to the next paragraph's start, an exclusive end (dir -1) back to the previous
   * paragraph's end; -1 when there is none in that direction.
   */
  fromLive(live: number, dir: 1 | -1): number {
    if (dir > 0) {
      for (let i = 0; i < this.liveStart.length; i++) {
        const ls = this.liveStart[i];
        if (ls < 0) continue;
        if (live < ls) return this.paraStart[i];
        if (live < ls + this.paraLen[i]) return this.paraStart[i] + (live - ls);
      }
      return -1;
    }
    for (let i = this.liveStart.length - 1; i >= 0; i--) {
      const ls = this.liveStart[i];
      if (ls < 0) continue;
      if (live > ls + this.paraLen[i]) return this.paraStart[i] + this.paraLen[i];
      if (live > ls) return this.paraStart[i] + (live - ls);
    }
    return -1;
  }

  /** The deepest element containing every paragraph that was found (the live article root). */
  articleRoot(): Element | null {
    const found = this.liveStart.map((s, i) => [s, i] as const).filter(([s]) => s >= 0);
    if (!found.length) return null;
    const [firstStart] = found[0];
    const [lastStart, lastIdx] = found[found.length - 1];
    const pts = livePoints(this.live, firstStart, lastStart + this.paraLen[lastIdx]);
    if (!pts) return null;
    let el: Node | null = pts[0].node.parentNode;
    while (el && !el.contains(pts[1].node)) el = el.parentNode;
    return el && el.nodeType === 1 ? (el as Element) : null;
  }

  /** A DOM Range over article [start, end) (first paragraph touched only), for scrolling and flashing. */
  toRange(doc: Document, start: number, end: number): Range | null {
    const [first] = this.toLive(start, end);
    if (!first) return null;
    const pts = livePoints(this.live, first[0], first[1]);
    if (!pts) return null;
    const range = doc.createRange();
    range.setStart(pts[0].node, pts[0].offset);
    range.setEnd(pts[1].node, pts[1].offset);
    return range;
  }
}
