// The editor's picks (data-sources/corpus/summary-picks.tsv): the file stays readable and in step with the
// sentence splitter, a broken line is reported with its number, and the summary keeps choosing more of
// what an editor would choose than the first sentences do.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { CorpusError, picksAgreement, readSummaryPicks, withSummaryPicks } from '../../scripts/lib/corpus';

const picked = withSummaryPicks();

describe('the editor picks file', () => {
  it('has five distinct picks for every corpus article, judged on the sentences the splitter still finds', () => {
    for (const { name, starts, picks, stale } of picked) {
      expect(stale, `${name}: sentence count changed since the picks were made`).toBe(false);
      expect(picks, name).toBeDefined();
      expect(picks!.ranked.length, name).toBe(Math.min(5, starts.length));
    }
  });

  it('names the line of a malformed entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'picks-'));
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, '# header\nbiz-01\t1,3,4\t12\nbiz-02\t1,1,2\t10\n');
    expect(() => readSummaryPicks(bad)).toThrow(CorpusError);
    expect(() => readSummaryPicks(bad)).toThrow(/bad\.tsv:3: picks must be distinct/);
    writeFileSync(bad, 'biz-01 1,3,4 12\n');
    expect(() => readSummaryPicks(bad)).toThrow(/bad\.tsv:1: expected/);
  });
});

describe('agreement with the editor', () => {
  const p = { ranked: [4, 0, 7, 2, 9], sentences: 12 };
  it('is 1 for the editor own top k, 0 for sentences the editor never ranked', () => {
    expect(picksAgreement(p, [0, 4, 7], 3)).toBeCloseTo(1);
    expect(picksAgreement(p, [1, 3, 5], 3)).toBe(0);
  });
  it('costs a little, not everything, when the 4th choice replaces the 3rd', () => {
    const swapped = picksAgreement(p, [4, 0, 2], 3);
    expect(swapped).toBeGreaterThan(0.8);
    expect(swapped).toBeLessThan(1);
  });
});

describe('the 3-sentence summary on the project corpus', () => {
  it('holds more of what the editor picked than the first three sentences do', () => {
    let ours = 0;
    let lead = 0;
    for (const { doc, starts, picks } of picked) {
      const summary = analyze(doc.body, { title: doc.title, summaryLength: 3 }).summary;
      ours += picksAgreement(picks!, summary.map((s) => starts.indexOf(s.start)), 3);
      lead += picksAgreement(picks!, [0, 1, 2], 3);
    }
    expect(ours / picked.length).toBeGreaterThan(lead / picked.length);
  });
});
