// What the reader sees as the page's text, to check that the extension only wraps text and never
// rewrites it. Runs inside the page (passed to page.evaluate / injected), so it must be self-contained.
// Extension UI (legend, hover card: custom elements named soitin-* other than soitin-mark) is left out;
// the text inside highlights (soitin-mark) is kept, which is the point.
export function visibleTextOf(root: ParentNode): string {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag.startsWith('SOITIN-') && tag !== 'SOITIN-MARK') continue;
        walk(c);
      }
    }
  };
  walk(root as Node);
  return out;
}

/** Source of visibleTextOf for use in a page script (Firefox report script). */
export const VISIBLE_TEXT_SOURCE = visibleTextOf.toString();
