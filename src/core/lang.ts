// STUB — owned by the summary/text helper: replace with a real detector.
export function detectLanguage(_text: string): 'vi' | 'other' {
  return 'vi';
}
