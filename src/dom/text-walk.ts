// The one definition of "the text of a DOM subtree" shared by extraction (on Readability's output) and by
// the live-page map (on the page itself). Because both sides collapse whitespace, skip the same elements
// and break at the same block boundaries, a paragraph of the extracted text can be found verbatim in the
// live page's text, and offsets carry over without any fuzzy matching.
//
// Rules: runs of whitespace (incl. NBSP) become one space; zero-width characters and soft hyphens vanish;
// <script>/<style>/form controls/SVG and hidden elements contribute nothing; block elements and <br> are
// boundaries. Characters are otherwise copied as they are (no Unicode normalisation: the page's text is
// the source of truth and the core folds its own copy).

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'MATH',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'HEAD', 'TITLE', 'SOITIN-OVERLAY',
]);

/** Elements that start a new paragraph (everything else is inline). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD',
  'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION', 'BR',
]);

/** Whitespace that collapses to one space (NBSP included: Vietnamese sites put it between number and unit). */
const SPACE_RE = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Invisible characters dropped entirely: they would split names that the reader sees as one word. */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const RUN_RE = /([ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+)|([\u00ad\u200b-\u200d\u2060\ufeff]+)/g;

/** Mirrors Readability's visibility test (inline style and attributes only: no layout, so it is cheap). */
export function isProbablyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !String(el.getAttribute('class') ?? '').includes('fallback-image')) {
    return true;
  }
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

export function isSkipped(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || isProbablyHidden(el);
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Receives the walk: text nodes in document order, and block boundaries. */
export interface TextSink {
  text(node: Text): void;
  boundary(): void;
}

/**
 * Walks `root` in document order without recursion (deep pages must not overflow the stack).
 * Calls sink.boundary() when a block element starts and ends.
 */
export function walkText(root: Node, sink: TextSink): void {
  const TEXT = 3;
  const ELEMENT = 1;
  // Explicit stack of [node, exiting]: exiting entries emit the closing boundary of a block.
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length) {
    const [node, exiting] = stack.pop()!;
    if (exiting) {
      sink.boundary();
      continue;
    }
    if (node.nodeType === TEXT) {
      sink.text(node as Text);
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === ELEMENT) {
      const el = node as Element;
      if (node !== root && isSkipped(el)) continue;
      if (isBlock(el)) {
        sink.boundary();
        stack.push([node, true]);
      }
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
}

/**
 * Builds collapsed text from raw text nodes and remembers where every output character came from.
 * A segment maps a run of output characters linearly onto one text node; node index -1 marks a virtual
 * space standing for a block boundary.
 */
export class CollapsingBuilder {
  private parts: string[] = [];
  length = 0;
  readonly nodes: Text[] = [];
  readonly segStart: number[] = [];
  readonly segNode: number[] = [];
  readonly segRaw: number[] = [];
  /** A space is owed before the next visible character: [node index or -1, raw offset]. */
  private pending: [number, number] | null = null;

  /** Appends one text node's data. */
  addNode(node: Text): void {
    const data = node.data;
    if (!data) return;
    const idx = this.nodes.length;
    this.nodes.push(node);
    RUN_RE.lastIndex = 0;
    let pos = 0;
    let m: RegExpExecArray | null;
    while ((m = RUN_RE.exec(data))) {
      if (m.index > pos) this.emit(data.slice(pos, m.index), idx, pos);
      if (m[1] !== undefined && !this.pending) this.pending = [idx, m.index];
      pos = m.index + m[0].length;
    }
    if (pos < data.length) this.emit(data.slice(pos), idx, pos);
  }

  /** A block boundary: a space unless one is already owed (or nothing was written yet). */
  addBoundary(): void {
    if (!this.pending) this.pending = [-1, 0];
  }

  private emit(chunk: string, node: number, raw: number): void {
    if (this.pending) {
      // Leading whitespace is trimmed: a space is only written between two visible characters.
      if (this.length > 0) this.push(' ', this.pending[0], this.pending[1]);
      this.pending = null;
    }
    this.push(chunk, node, raw);
  }

  private push(chunk: string, node: number, raw: number): void {
    const n = this.segStart.length;
    // Extend the previous segment when this chunk continues the same node contiguously.
    const contiguous =
      n > 0 &&
      node >= 0 &&
      this.segNode[n - 1] === node &&
      this.segRaw[n - 1] + (this.length - this.segStart[n - 1]) === raw;
    if (!contiguous) {
      this.segStart.push(this.length);
      this.segNode.push(node);
      this.segRaw.push(raw);
    }
    this.parts.push(chunk);
    this.length += chunk.length;
  }

  toString(): string {
    const s = this.parts.join('');
    this.parts = [s];
    return s;
  }
}

/** Collapses whitespace in a plain string by the same rules (for metadata such as titles). */
export function collapseText(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s) {
    if (SPACE_RE.test(ch)) space = out.length > 0;
    else if (INVISIBLE_RE.test(ch)) continue;
    else {
      if (space) out += ' ';
      space = false;
      out += ch;
    }
  }
  return out;
}

/** Paragraph texts of a subtree: each block boundary ends a paragraph; empty ones are dropped. */
export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let builder = new CollapsingBuilder();
  const flush = () => {
    if (builder.length) out.push(builder.toString());
    builder = new CollapsingBuilder();
  };
  walkText(root, { text: (n) => builder.addNode(n), boundary: flush });
  flush();
  return out;
}
