// The plain-text form of a summary, as put on the clipboard by "Sao chép tóm tắt".
import type { SummarySentence } from '../src/core/types';

/** Title, one bullet per sentence (article order), then the source URL. */
export function summaryAsText(title: string, sentences: SummarySentence[], url?: string): string {
  const lines = [title.trim(), '', ...sentences.map((s) => `• ${s.text.trim()}`)];
  if (url) lines.push('', url);
  return lines.join('\n');
}
