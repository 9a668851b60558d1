// Plain-text input: how a title is found. The rule, also printed by `soitin --help`:
//   the first line is the title when it is followed by a blank line and is at most MAX_TITLE_CHARS long.
// That is how newspaper text is usually saved (title, blank line, body) and how the sample article is
// laid out. The whole text (title line included) is analysed, so offsets index the text exactly as given.

/** Longer first lines are paragraphs, not titles (Vietnamese news titles run 60–200 characters). */
export const MAX_TITLE_CHARS = 300;

export function titleOfText(text: string): string | undefined {
  const m = /^([^\r\n]*)\r?\n[ \t]*\r?\n/.exec(text);
  if (!m) return undefined;
  const line = m[1].trim();
  return line && line.length <= MAX_TITLE_CHARS ? line : undefined;
}

/** File names and content that say "HTML" (used for files and for stdin). */
export function looksLikeHtml(source: string, text: string): boolean {
  if (/\.x?html?$/i.test(source)) return true;
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text.slice(0, 4096));
}
