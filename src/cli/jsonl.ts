// `soitin analyze --jsonl`: a batch mode for pipelines and evaluation. One JSON object per input line,
// one result line per input line, in order. A bad line is reported (with its 1-based number) and
// skipped; the run goes on so one broken record never loses a whole batch.
import { analyze } from '../core/analyze';
import { decodeUtf8 } from './decode';
import { byteLines, type InputStream } from './read-input';

export interface JsonlOptions {
  published?: string;
  summaryLength?: number;
}

interface Writer {
  write(chunk: string): unknown;
}

/** Returns the number of bad lines (0 = all good); an empty input counts as one problem. */
export async function runJsonl(stdin: InputStream, stdout: Writer, stderr: Writer, options: JsonlOptions): Promise<number> {
  let lineNo = 0;
  let records = 0;
  let bad = 0;
  const fail = (message: string) => {
    bad++;
    stderr.write(`soitin: line ${lineNo}: ${message}\n`);
  };
  for await (const bytes of byteLines(stdin)) {
    lineNo++;
    let line: string;
    try {
      line = decodeUtf8(bytes, 'stdin');
    } catch (err) {
      fail((err as Error).message.replace(/^stdin: /, ''));
      continue;
    }
    if (line.trim() === '') continue; // blank lines (a trailing newline, spacing) are not records
    records++;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      fail(`bad JSON (${(err as Error).message})`);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      fail('expected a JSON object {"id", "text", ...}');
      continue;
    }
    const r = record as Record<string, unknown>;
    if (typeof r.text !== 'string') {
      fail('"text" must be a string');
      continue;
    }
    if (r.title !== undefined && typeof r.title !== 'string') {
      fail('"title" must be a string when present');
      continue;
    }
    if (r.published !== undefined && typeof r.published !== 'string') {
      fail('"published" must be a string when present');
      continue;
    }
    const analysis = analyze(r.text, {
      title: r.title as string | undefined,
      published: (r.published as string | undefined) ?? options.published,
      summaryLength: options.summaryLength,
    });
    stdout.write(JSON.stringify({ id: r.id ?? null, entities: analysis.entities, summary: analysis.summary }) + '\n');
  }
  if (records === 0 && bad === 0) {
    stderr.write('soitin: empty input: no JSON lines on standard input\n');
    return 1;
  }
  return bad;
}
