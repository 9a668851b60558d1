// Entry of the `soitin` command. main() takes its arguments and streams as parameters and returns the
// exit code, so tests drive it with fake streams and bin/soitin.js is a two-line wrapper.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import pkg from '../../package.json';
import { CliError, EXIT_USAGE } from './errors';
import { decodeUtf8, isBlank } from './decode';
import { readSource, type InputStream } from './read-input';
import { looksLikeHtml, titleOfText } from './text-input';
import { analyzeDocument, type DocumentResult } from './document';
import { runJsonl } from './jsonl';
import { renderResult, type OutputFormat } from './render';
import { USAGE } from './help';

export interface CliIO {
  stdin: InputStream;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/** The summary lengths the core supports (AnalyzeMeta.summaryLength). */
const SUMMARY_MIN = 1;
const SUMMARY_MAX = 7;
const FORMATS: readonly OutputFormat[] = ['json', 'md', 'csv'];

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`soitin: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

async function run(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        jsonl: { type: 'boolean' },
        url: { type: 'string' },
        published: { type: 'string' },
        summary: { type: 'string' },
        format: { type: 'string' },
      },
    });
  } catch (err) {
    throw new CliError(`${(err as Error).message} (see soitin --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (!command) {
    io.stderr.write(USAGE);
    return EXIT_USAGE;
  }
  if (command !== 'analyze') throw new CliError(`unknown command "${command}" (see soitin --help)`);

  const summaryLength = parseSummary(values.summary);
  const published = parsePublished(values.published);
  const format = (values.format ?? 'json') as OutputFormat;
  if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);

  if (values.jsonl) {
    if (rest.length) throw new CliError('--jsonl reads standard input; do not give a file');
    if (format !== 'json') throw new CliError('--jsonl always writes JSON lines; drop --format');
    const bad = await runJsonl(io.stdin, io.stdout, io.stderr, { published, summaryLength });
    return bad ? EXIT_USAGE : 0;
  }

  if (rest.length !== 1) throw new CliError('analyze needs exactly one FILE (or "-" for standard input)');
  const source = rest[0];
  const result = await analyzeSource(source, io.stdin, { url: values.url, published, summaryLength });
  io.stdout.write(renderResult(result, format));
  return 0;
}

async function analyzeSource(
  source: string,
  stdin: InputStream,
  opts: { url?: string; published?: string; summaryLength?: number },
): Promise<DocumentResult> {
  const what = source === '-' ? 'stdin' : source;
  const text = decodeUtf8(await readSource(source, stdin), what);
  if (isBlank(text)) throw new CliError(`${what}: empty input`);
  if (looksLikeHtml(source, text)) {
    const url = opts.url ?? (source === '-' ? 'about:blank' : pathToFileURL(resolve(source)).href);
    const { articleFromHtml } = await import('./html-input');
    const article = await articleFromHtml(text, url);
    if (isBlank(article.text)) throw new CliError(`${what}: the page has no text to analyse`);
    return analyzeDocument({ ...article, url, published: opts.published ?? article.published, summaryLength: opts.summaryLength });
  }
  return analyzeDocument({
    text,
    isArticle: true,
    title: titleOfText(text),
    published: opts.published,
    url: opts.url,
    summaryLength: opts.summaryLength,
  });
}

function parseSummary(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < SUMMARY_MIN || n > SUMMARY_MAX)
    throw new CliError(`--summary must be a whole number from ${SUMMARY_MIN} to ${SUMMARY_MAX}, not "${raw}"`);
  return n;
}

/** Accepts YYYY-MM-DD or a full ISO timestamp, like AnalyzeMeta.published. */
function parsePublished(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) || Number.isNaN(Date.parse(raw)))
    throw new CliError(`--published must be a date like 2025-11-25, not "${raw}"`);
  return raw;
}
