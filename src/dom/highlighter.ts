// Paints spans of the extracted article text onto the live page as <soitin-mark> elements.
//
// Why a custom element: page CSS written for <mark>/<span> cannot match it, and our own stylesheet can
// target it without classes. Marks only wrap text nodes (never elements), never whitespace-only pieces
// (so nothing lands directly inside <tr>/<ul>/<table>), and never change a character of the page.
//
// Nesting: spans of different types may nest (a LOCATION inside an ORGANIZATION). We NEST marks: spans
// are painted container-first, so the inner span's marks end up inside the outer's. The innermost visible
// colour shows; hiding the inner type lets the outer colour show through (hidden marks are transparent).
// Partial overlaps of different types simply split into pieces.
//
// Removal restores the DOM exactly: every text node we split is re-joined into the ORIGINAL node object
// (page scripts holding references to it keep working), and the pieces we created are removed.
import type { EntityType, Span } from '../core/types';
import { ENTITY_TYPES } from '../core/types';
import { USER_TYPE } from '../shared/records';
import { ArticleTextMap, livePoints } from './text-map';
import { ensureMarkStyles } from './mark-styles';

export const MARK_TAG = 'soitin-mark';

/**
 * A reader's own highlight (optionally with a note), painted in the same pass as the entity spans so
 * overlaps nest the same way. `id` is the stored annotation's id (edit/delete from the hover card).
 */
export interface UserMarkSpan {
  start: number;
  end: number;
  type: typeof USER_TYPE;
  text: string;
  id: number;
  note?: string;
}

/** What a <soitin-mark> stands for. */
export type MarkSpan = Span | UserMarkSpan;

export const isUserSpan = (s: MarkSpan | undefined): s is UserMarkSpan => s?.type === USER_TYPE;
/** Class on <html> that hides one type: `soitin-hide-person`. */
export const hideClass = (type: string): string => `soitin-hide-${type.toLowerCase()}`;

/** Container first (start asc, longer first). Local copy: importing core/analyze would pull the recognizers
 * and gazetteers into the content-script bundle. */
function outerFirst(a: MarkSpan, b: MarkSpan): number {
  return a.start - b.start || b.end - a.end || a.type.localeCompare(b.type);
}

/** Whitespace-only text: never wrapped (it may sit where inline elements are not allowed). */
const BLANK_RE = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/;

export interface PaintResult {
  /** Spans with at least one mark on the page. */
  painted: number;
  /** Spans whose paragraph was not found on the page. */
  missed: number;
  /** Marks created. */
  marks: number;
}

interface Wrap {
  spanId: number;
  nodeIndex: number;
  from: number;
  to: number;
}

export class Highlighter {
  private readonly doc: Document;
  private spans: MarkSpan[] = [];
  private marks: HTMLElement[] = [];
  /** Original text node → the pieces it was split into (itself first). */
  private splits = new Map<Text, Text[]>();
  private articleText = '';

  constructor(doc: Document) {
    this.doc = doc;
  }

  /**
   * Paints `spans` (offsets into `articleText`) under `root` (default: body). Clears earlier marks first.
   */
  paint(articleText: string, spans: readonly MarkSpan[], root?: Node): PaintResult {
    this.clear();
    ensureMarkStyles(this.doc);
    this.articleText = articleText;
    const scope = root ?? this.doc.body ?? this.doc.documentElement;
    const map = new ArticleTextMap(articleText, scope);
    // Container first: the outer mark must exist before the inner one is put inside it.
    this.spans = [...spans].sort(outerFirst);

    const wraps: Wrap[] = [];
    let missed = 0;
    this.spans.forEach((span, spanId) => {
      const ranges = map.toLive(span.start, span.end);
      if (!ranges.length) missed++;
      for (const [ls, le] of ranges) {
        const pts = livePoints(map.live, ls, le);
        if (!pts) continue;
        const [a, b] = pts;
        for (let i = a.nodeIndex; i <= b.nodeIndex; i++) {
          const from = i === a.nodeIndex ? a.offset : 0;
          const to = i === b.nodeIndex ? b.offset : map.live.nodes[i].data.length;
          if (to > from) wraps.push({ spanId, nodeIndex: i, from, to });
        }
      }
    });

    const pieces = this.split(map.live.nodes, wraps);
    const paintedIds = new Set<number>();
    for (const w of wraps) {
      const inside = (pieces.get(w.nodeIndex) ?? []).filter((p) => p.from >= w.from && p.to <= w.to).map((p) => p.node);
      // Runs of pieces that are still adjacent siblings get ONE mark (an earlier, overlapping span may
      // have moved some into its own mark); whitespace-only pieces at a run's edges are left out.
      let run: Text[] = [];
      const flush = () => {
        while (run.length && BLANK_RE.test(run[0].data)) run.shift();
        while (run.length && BLANK_RE.test(run[run.length - 1].data)) run.pop();
        if (run.length) {
          this.wrap(run, w.spanId);
          paintedIds.add(w.spanId);
        }
        run = [];
      };
      for (const node of inside) {
        if (run.length && node.previousSibling !== run[run.length - 1]) flush();
        run.push(node);
      }
      flush();
    }
    return { painted: paintedIds.size, missed, marks: this.marks.length };
  }

  /** Splits every touched text node at every wrap boundary; returns the pieces per node index. */
  private split(nodes: Text[], wraps: Wrap[]): Map<number, Array<{ node: Text; from: number; to: number }>> {
    const cuts = new Map<number, Set<number>>();
    for (const w of wraps) {
      let set = cuts.get(w.nodeIndex);
      if (!set) cuts.set(w.nodeIndex, (set = new Set()));
      set.add(w.from).add(w.to);
    }
    const out = new Map<number, Array<{ node: Text; from: number; to: number }>>();
    for (const [idx, set] of cuts) {
      const node = nodes[idx];
      const len = node.data.length;
      const points = [...set].filter((p) => p > 0 && p < len).sort((x, y) => x - y);
      const bounds = [0, ...points, len];
      // Split from the end so earlier offsets stay valid in the original node.
      const created: Text[] = [];
      for (let k = points.length - 1; k >= 0; k--) created.unshift(node.splitText(points[k]));
      const all = [node, ...created];
      if (created.length) this.splits.set(node, all);
      out.set(
        idx,
        all.map((n, k) => ({ node: n, from: bounds[k], to: bounds[k + 1] })),
      );
    }
    return out;
  }

  /** Wraps adjacent sibling text nodes in one mark. */
  private wrap(run: Text[], spanId: number): void {
    const parent = run[0].parentNode;
    if (!parent) return;
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute('data-type', this.spans[spanId].type);
    mark.setAttribute('data-span', String(spanId));
    // A flag only: the note's text stays in our closed shadow root, out of the page's DOM.
    const span = this.spans[spanId];
    if (isUserSpan(span) && span.note) mark.setAttribute('data-note', '');
    parent.insertBefore(mark, run[0]);
    for (const node of run) mark.appendChild(node);
    this.marks.push(mark);
  }

  /** Removes every mark and re-joins split text nodes: the DOM is as it was before paint(). */
  clear(): void {
    // Innermost last-created first, so each unwrap moves children into a still-attached parent.
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const mark = this.marks[i];
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const [original, pieces] of this.splits) {
      // Only re-join pieces that still sit right after each other (the page may have moved things).
      let data = '';
      for (const p of pieces) data += p.data;
      const intact = pieces.every((p, k) => k === 0 || (p.previousSibling === pieces[k - 1] && p.parentNode));
      if (!intact) continue;
      original.data = data;
      for (const p of pieces.slice(1)) p.parentNode?.removeChild(p);
    }
    this.marks = [];
    this.splits.clear();
    this.spans = [];
  }

  /** Shows or hides one type's marks (one class on <html>; the marks stay in place). */
  setTypeVisible(type: string, visible: boolean): void {
    this.doc.documentElement.classList.toggle(hideClass(type), !visible);
  }

  isTypeVisible(type: string): boolean {
    return !this.doc.documentElement.classList.contains(hideClass(type));
  }

  /** The span a mark stands for. */
  spanOf(mark: Element): MarkSpan | undefined {
    const id = Number(mark.getAttribute('data-span'));
    return Number.isInteger(id) ? this.spans[id] : undefined;
  }

  /** Marks still attached to the page (a page re-render may drop them). */
  connectedMarks(): number {
    return this.marks.filter((m) => m.isConnected).length;
  }

  /** Count of painted spans per type, for the legend. */
  counts(): Partial<Record<EntityType, number>> {
    const out: Partial<Record<EntityType, number>> = {};
    for (const t of ENTITY_TYPES) {
      const n = this.spans.filter((s) => s.type === t).length; // USER marks are not an entity type: not counted
      if (n) out[t] = n;
    }
    return out;
  }

  /** Marks of the reader's annotation `id` (to scroll to it, or to find it after an edit). */
  userMarks(id: number): HTMLElement[] {
    return this.marks.filter((m) => {
      const s = this.spanOf(m);
      return isUserSpan(s) && s.id === id;
    });
  }

  /** A live Range for article [start, end) on the current page (rebuilt: painting split text nodes). */
  rangeFor(start: number, end: number, root?: Node): Range | null {
    if (!this.articleText) return null;
    const map = new ArticleTextMap(this.articleText, root ?? this.doc.body ?? this.doc.documentElement);
    return map.toRange(this.doc, start, end);
  }

  /** Marks that belong to spans intersecting article [start, end). */
  marksIn(start: number, end: number): HTMLElement[] {
    return this.marks.filter((m) => {
      const s = this.spanOf(m);
      return !!s && s.start < end && s.end > start;
    });
  }

  /** Remembers the article text without painting (non-Vietnamese pages still support scrollToRange). */
  setArticleText(text: string): void {
    this.articleText = text;
  }
}
