// Checks labelled corpus files (default: all of data-sources/corpus/ner) and prints entity counts per file.
// Exit 1 on the first malformed file, with its line and column.
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { CORPUS_DIR, CorpusError, parseLabelled } from './lib/corpus';

const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS_DIR, f));
const total = { PER: 0, LOC: 0, ORG: 0, sentences: 0 };
let bad = 0;
for (const f of files) {
  try {
    const d = parseLabelled(readFileSync(f, 'utf8'), basename(f));
    const outer = d.spans.filter((s) => s.depth === 0);
    const n = (t: string) => outer.filter((s) => s.type === t).length;
    const sentences = d.body.split(/(?<=[.!?…])\s+/).length + 1;
    total.PER += n('PER'); total.LOC += n('LOC'); total.ORG += n('ORG'); total.sentences += sentences;
    console.log(`${basename(f)}: PER ${n('PER')} LOC ${n('LOC')} ORG ${n('ORG')} (~${sentences} sentences)`);
  } catch (e) {
    bad++;
    console.error(e instanceof CorpusError ? e.message : String(e));
  }
}
console.log(`${files.length} files, ${bad} malformed — outer PER ${total.PER}, LOC ${total.LOC}, ORG ${total.ORG}, ~${total.sentences} sentences`);
process.exit(bad ? 1 : 0);
