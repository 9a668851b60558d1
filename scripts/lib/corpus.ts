// Reader of the project's own labelled corpus (data-sources/corpus/ner): invented articles with inline
// labels "[PER …]", "[LOC …]", "[ORG … [LOC …] …]". Inline labels keep writing and reviewing easy; this reader
// turns them into clean text plus character spans, and rejects a malformed file with the line and column,
// so a typo in the corpus can never silently become a wrong training example.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths';
import { segmentSentences } from '../../src/core/text/sentences';

/** The labelled articles, one file each, named "<writer>-<nn>.txt". */
export const CORPUS_DIR = resolve(ROOT, 'data-sources/corpus/ner');

/** The writer of a corpus file: its name up to the first "-" (cross-validation leaves one writer out). */
export const writerOf = (file: string): string => file.split('-')[0];

export type CorpusType = 'PER' | 'LOC' | 'ORG';

export interface CorpusSpan {
  start: number;
  end: number;
  type: CorpusType;
  text: string;
  /** 0 = outermost; nested labels (a place inside an organisation) have depth 1+. */
  depth: number;
}

export interface CorpusDoc {
  file: string;
  /** Clean article text (labels stripped): title line, blank line, sapo, blank line, body. */
  text: string;
  title: string;
  /** The newsroom lead paragraph (the summary reference). */
  sapo: string;
  /** Body paragraphs after the sapo, joined by blank lines. */
  body: string;
  spans: CorpusSpan[];
}

const TYPES = new Set<CorpusType>(['PER', 'LOC', 'ORG']);

export class CorpusError extends Error {}

/** Parses one labelled file's content; throws CorpusError naming the line and column of the first problem. */
export function parseLabelled(src: string, file = '<input>'): CorpusDoc {
  const raw = src.replace(/\r\n?/g, '\n').normalize('NFC');
  let text = '';
  const spans: CorpusSpan[] = [];
  const open: { type: CorpusType; start: number; at: number }[] = [];
  const where = (i: number) => {
    const before = raw.slice(0, i).split('\n');
    return `${file}:${before.length}:${before[before.length - 1].length + 1}`;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '[') {
      const m = /^\[(PER|LOC|ORG) /.exec(raw.slice(i, i + 5));
      if (!m) throw new CorpusError(`${where(i)}: "[" must start a label "[PER ", "[LOC " or "[ORG "`);
      const type = m[1] as CorpusType;
      const parent = open[open.length - 1];
      if (parent && parent.type !== 'ORG') throw new CorpusError(`${where(i)}: labels may nest only inside an ORG`);
      open.push({ type, start: text.length, at: i });
      i += 4;
    } else if (c === ']') {
      const o = open.pop();
      if (!o) throw new CorpusError(`${where(i)}: "]" closes no label`);
      const body = text.slice(o.start);
      if (!body.trim()) throw new CorpusError(`${where(o.at)}: empty ${o.type} label`);
      // A trailing "." may belong to an initial ("Nguyễn Văn Q."); other edge punctuation belongs to the sentence.
      if (body !== body.trim() || /^[,;:!?"“”'‘’()…-]|[,;:!?"“”'‘’()…-]$/u.test(body))
        throw new CorpusError(`${where(o.at)}: label "${body}" starts or ends with a space or punctuation`);
      spans.push({ start: o.start, end: text.length, type: o.type, text: body, depth: open.length });
    } else {
      if (open.length && c === '\n') throw new CorpusError(`${where(open[open.length - 1].at)}: label runs over a line break`);
      text += c;
    }
  }
  if (open.length) throw new CorpusError(`${where(open[open.length - 1].at)}: label never closed`);
  for (const s of spans) if (!TYPES.has(s.type)) throw new CorpusError(`${file}: unknown type ${s.type}`);
  const paras = text.trim().split(/\n\s*\n/);
  if (paras.length < 3) throw new CorpusError(`${file}: needs a title line, a sapo paragraph and a body, separated by blank lines`);
  spans.sort((a, b) => a.start - b.start || a.depth - b.depth);
  return { file, text, title: paras[0].trim(), sapo: paras[1].trim(), body: paras.slice(2).map((p) => p.trim()).join('\n\n'), spans };
}

/**
 * Every labelled article under `dir`, sorted by name (so training is deterministic). A malformed file throws,
 * unless `onMalformed` is given: then it is reported there and skipped, never used.
 */
export function readCorpus(dir = CORPUS_DIR, onMalformed?: (message: string) => void): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    try {
      docs.push(parseLabelled(readFileSync(join(dir, f), 'utf8'), f));
    } catch (e) {
      if (!onMalformed || !(e instanceof CorpusError)) throw e;
      onMalformed(`skipped ${f}: ${e.message}`);
    }
  }
  return docs;
}

/** Editor picks for the summary: data-sources/corpus/summary-picks.tsv (see the corpus README). */
export const PICKS_FILE = resolve(ROOT, 'data-sources/corpus/summary-picks.tsv');

export interface SummaryPicks {
  /** Body sentence indices (0-based, as segmentSentences splits the body), best first. */
  ranked: number[];
  /** How many sentences the body had when it was judged: a different count means the segmenter changed. */
  sentences: number;
}

/** The editor picks by article name (file name without ".txt"); a malformed line throws with its number. */
export function readSummaryPicks(file = PICKS_FILE): Map<string, SummaryPicks> {
  const out = new Map<string, SummaryPicks>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const m = /^(\S+)\t(\d+(?:,\d+)*)\t(\d+)$/.exec(line.trim());
      if (!m) throw new CorpusError(`${file}:${i + 1}: expected "<article>\\t<n1,n2,…>\\t<sentence count>"`);
      const ranked = m[2].split(',').map((x) => Number(x) - 1);
      const sentences = Number(m[3]);
      if (ranked.some((x) => x < 0 || x >= sentences) || new Set(ranked).size !== ranked.length)
        throw new CorpusError(`${file}:${i + 1}: picks must be distinct sentence numbers from 1 to ${sentences}`);
      out.set(m[1], { ranked, sentences });
    });
  return out;
}

/** A corpus article with its body's sentence starts and, when they still fit the splitter, its editor picks. */
export interface PickedDoc {
  doc: CorpusDoc;
  /** Article name: the file name without ".txt" (the key of summary-picks.tsv). */
  name: string;
  /** Start offset of each body sentence, as segmentSentences splits the body (picks count in this order). */
  starts: number[];
  /** The editor's picks; undefined when there are none or `stale`. */
  picks?: SummaryPicks;
  /** Picks exist but were judged on a different sentence count: the splitter changed since. */
  stale: boolean;
}

/** Every corpus article with its editor picks (readCorpus order). */
export function withSummaryPicks(docs: CorpusDoc[] = readCorpus(), picks = readSummaryPicks()): PickedDoc[] {
  return docs.map((doc) => {
    const name = doc.file.replace(/\.txt$/, '');
    const starts = segmentSentences(doc.body).map((s) => s.start);
    const p = picks.get(name);
    const stale = !!p && p.sentences !== starts.length;
    return { doc, name, starts, picks: stale ? undefined : p, stale };
  });
}

/**
 * Agreement of a k-sentence summary with the editor's ranking, 0..1: each picked sentence earns the
 * editor's grade for it (rank 1 → 1, rank 2 → 0.8, … rank 5 → 0.2, unranked → 0), divided by the best
 * a k-sentence summary could earn (the editor's own top k). Graded, so picking the editor's 4th choice
 * instead of the 3rd costs a little, not everything.
 */
export function picksAgreement(picks: SummaryPicks, picked: number[], k: number): number {
  const grade = (rank: number) => (rank < 0 ? 0 : Math.max(0, 1 - rank / 5));
  let got = 0;
  for (const i of picked) got += grade(picks.ranked.indexOf(i));
  let best = 0;
  for (let r = 0; r < Math.min(k, picks.ranked.length); r++) best += grade(r);
  return best > 0 ? got / best : 0;
}
