// A phrase trie keyed by folded syllables: built once, then each lookup walks only as far as the text
// agrees with some phrase, so scanning an article is linear in its length.
import { foldKey } from '../text/normalize';
import { phraseTokens, type Tok } from './tokens';

interface Node<T> {
  next: Map<string, Node<T>>;
  vals?: T[];
}

export interface TrieMatch<T> {
  /** Token index just after the match. */
  end: number;
  vals: T[];
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map() };

  add(phrase: string, val: T): void {
    const keys = phraseTokens(foldKey(phrase));
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let nx = node.next.get(k);
      if (!nx) {
        nx = { next: new Map() };
        node.next.set(k, nx);
      }
      node = nx;
    }
    (node.vals ??= []).push(val);
  }

  /** Longest phrase starting at token i (optionally only matches accepted by `ok`). */
  longest(toks: Tok[], i: number, ok?: (v: T, end: number) => boolean): TrieMatch<T> | null {
    // Hot (many lookups per token): remember the best end/values and build the result object once at the end.
    let node: Node<T> | undefined = this.root;
    let bestEnd = -1;
    let bestVals: T[] | null = null;
    for (let j = i; j < toks.length; j++) {
      node = node.next.get(toks[j].w);
      if (!node) break;
      if (node.vals) {
        const vals = ok ? node.vals.filter((v) => ok(v, j + 1)) : node.vals;
        if (vals.length) {
          bestEnd = j + 1;
          bestVals = vals;
        }
      }
    }
    return bestVals ? { end: bestEnd, vals: bestVals } : null;
  }

  /** True when a phrase of at most `maxLen` tokens ends exactly at token k (the phrase right before k). */
  endsAt(toks: Tok[], k: number, maxLen: number): boolean {
    for (let len = 1; len <= maxLen && k - len >= 0; len++) {
      if (this.longest(toks, k - len, (_, end) => end === k)) return true;
    }
    return false;
  }

  /** True when some phrase starts with the folded word `w`: a cheap test before a longest() walk. */
  startsWith(w: string): boolean {
    return this.root.next.has(w);
  }

  /** Exact phrase lookup by text. */
  get(phrase: string): T[] | undefined {
    let node: Node<T> | undefined = this.root;
    for (const k of phraseTokens(foldKey(phrase))) {
      node = node.next.get(k);
      if (!node) return undefined;
    }
    return node.vals;
  }
}
