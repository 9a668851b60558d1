// Cue phrases (Edmundson's "bonus" and "stigma" words) for Vietnamese news. Government and provincial
// reports are formulaic: the informative sentences state directives, results and figures; the
// procedural ones only frame the meeting ("Làm việc với …, đoàn đã nghe báo cáo …", "Trước khi …").
// Compiled by hand from the genre's conventions; matched on lower-case NFC text.

/** Phrases that announce substance: a directive, an assessment, a result. */
export const BONUS_PHRASES = [
  'đề nghị', 'yêu cầu', 'nhấn mạnh', 'khẳng định', 'chỉ đạo các', 'lưu ý', 'đề xuất', 'quyết định',
  'ước đạt', 'đạt ', 'tăng ', 'giảm ', 'tổng thu', 'tổng vốn', 'tổng kinh phí', 'tổng mức đầu tư',
  'kết quả', 'tặng quà', 'trao tặng', 'khởi công', 'khánh thành', 'thông qua', 'ban hành', 'phê duyệt',
  'xử phạt', 'khởi tố', 'bắt giữ', 'thiệt hại', 'tử vong', 'bị thương',
];

/** Openers and phrases that only frame a meeting or a procedure. */
export const STIGMA_OPENERS = [
  'làm việc với', 'trước khi', 'sau khi nghe', 'sau khi', 'phát biểu chỉ đạo tại', 'phát biểu kết luận',
  'phát biểu tại', 'tại buổi làm việc', 'tại hội nghị', 'qua kiểm tra', 'qua khảo sát', 'qua thực tế',
  'theo đó', 'cùng với đó', 'bên cạnh đó', 'ngoài ra',
];
export const STIGMA_PHRASES = ['đã nghe', 'nghe báo cáo', 'nghe xã báo cáo', 'nghe đại diện', 'báo cáo tình hình', 'cùng các thành viên trong đoàn'];

/** Value per matched bonus or stigma phrase; a framing opener costs STIGMA_OPENER_COST (it is
 * the clearest sign: the sentence's main clause comes after the frame). The total is clamped to −1..1. */
export const CUE_STEP = 0.5;
export const STIGMA_OPENER_COST = 1;

/** Cue score in −1..1: bonus phrases raise it, procedural framing lowers it. */
export function cueScore(sentence: string): number {
  return cueScoreLower(sentence.normalize('NFC').toLowerCase());
}

/** cueScore of a sentence already in NFC lower case (the summarizer lowers each sentence once). */
export function cueScoreLower(lower: string): number {
  let s = 0;
  for (const p of BONUS_PHRASES) if (lower.includes(p)) s += CUE_STEP;
  if (STIGMA_OPENERS.some((p) => lower.startsWith(p))) s -= STIGMA_OPENER_COST;
  for (const p of STIGMA_PHRASES) if (lower.includes(p)) s -= CUE_STEP;
  return Math.max(-1, Math.min(1, s));
}

/**
 * A sentence that opens with a procedural frame ("Trước khi …", "Làm việc với …, đoàn đã nghe …") restates
 * the event instead of adding to it; its whole score is scaled by this factor (see summary/index.ts).
 */
export const FRAMING_FACTOR = 0.75;

/** True when the sentence opens with a procedural frame. */
export function opensWithFrame(sentence: string): boolean {
  return opensWithFrameLower(sentence.normalize('NFC').toLowerCase());
}

/** opensWithFrame of a sentence already in NFC lower case. */
export function opensWithFrameLower(lower: string): boolean {
  return STIGMA_OPENERS.some((p) => lower.startsWith(p));
}
