// Where the bytes come from: a file path, or "-" for standard input.
import { readFile } from 'node:fs/promises';
import { CliError } from './errors';

export type InputStream = AsyncIterable<Uint8Array | string>;

/** Reads a whole stream into one buffer (stdin of a pipe or a redirected file). */
export async function readAll(stream: InputStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Reads FILE or stdin ("-"); filesystem errors become one readable sentence. */
export async function readSource(source: string, stdin: InputStream): Promise<Uint8Array> {
  if (source === '-') return readAll(stdin);
  try {
    return await readFile(source);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((err as Error).message);
    throw new CliError(`cannot read ${source}: ${reason}`);
  }
}

/**
 * Splits a byte stream into lines (LF; a CR before it is dropped) without decoding first, so one line of
 * bad bytes can be reported by number while the others are still processed.
 */
export async function* byteLines(stream: InputStream): AsyncGenerator<Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    pending = pending.length ? Buffer.concat([pending, buf]) : buf;
    let from = 0;
    let nl: number;
    while ((nl = pending.indexOf(0x0a, from)) !== -1) {
      yield stripCr(pending.subarray(from, nl));
      from = nl + 1;
    }
    pending = pending.subarray(from);
  }
  if (pending.length) yield stripCr(pending);
}

function stripCr(line: Buffer): Buffer {
  return line.length && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
