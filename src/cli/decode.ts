// Bytes → text with the checks a user needs to hear about: binary files (NUL bytes) and text that is not
// UTF-8 are refused with a one-line reason instead of being analysed as mojibake.
import { CliError } from './errors';

/**
 * Decodes UTF-8 strictly; drops a leading byte-order mark (Windows editors add one; offsets then index the
 * text without it, which is the `text` we print). Throws CliError naming the problem.
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  if (bytes.includes(0)) throw new CliError(`${what}: binary input (contains NUL bytes); give a UTF-8 text or HTML file`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${what}: input is not valid UTF-8; convert it first (e.g. iconv -f windows-1258 -t utf-8)`);
  }
}

/** True when the text holds nothing to analyse. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
