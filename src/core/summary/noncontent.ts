// Lines of a news page that are not part of the story and must never enter a summary: photo captions,
// credits, bylines, datelines, "related news" links, attendee lists, headings and text-to-speech widgets.
// Rules read the sentence itself plus its layout (is it alone in its paragraph? how long is it?), because
// extracted page text puts a figcaption on its own line. Patterns match lower-case NFC text.

export type NonContentKind =
  | 'tts'
  | 'credit'
  | 'byline'
  | 'dateline'
  | 'related'
  | 'attendees'
  | 'heading'
  | 'caption';

export interface LineInfo {
  /** The sentence as written. */
  text: string;
  /** Number of syllables in the sentence. */
  syllableCount: number;
  /** The sentence is the only one in its paragraph (a line of its own). */
  isolated: boolean;
  /** Number of figure spans (MONEY, PERCENT, QUANTITY) inside the sentence. */
  figureCount: number;
  /** The trimmed sentence in NFC lower case, when the caller already has it (saves a copy per sentence). */
  lower?: string;
}

/** A caption is short: longer one-line paragraphs are story text even when they describe a scene. */
export const CAPTION_MAX_SYLLABLES = 45;
/** A caption needs this many cue points (see captionScore): an opener AND a scene phrase, or a wide shot. */
export const CAPTION_MIN_SCORE = 4;
/** Short unpunctuated lines (crossheads, labels) are headings, not sentences. */
export const HEADING_MAX_SYLLABLES = 15;
/** Bylines and datelines are tiny lines. */
const BYLINE_MAX_SYLLABLES = 8;
const DATELINE_MAX_SYLLABLES = 14;

const TTS_RE =
  /^(?:nghe bài(?: viết)?|đọc bài(?: viết)?|nghe đọc(?: bài)?|nghe audio|nghe tin|bấm để nghe|nghe$|\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?)/u;
const TIME_ONLY_RE = /^[\d:\s/.x-]+$/u;
const CREDIT_RE =
  /^\(?(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|nguồn|video|clip|đồ họa|đồ hoạ|infographic|thiết kế)\s*(?:[:：]|$|\))/u;
const TRAILING_CREDIT_RE = /\((?:ảnh|nguồn|ảnh minh họa|ảnh minh hoạ)(?:\s*[:：][^)]*)?\)\.?$/u;
const BYLINE_RE =
  /^(?:bài và ảnh|bài, ảnh|bài\/ảnh|bài|tin và ảnh|tin, ảnh|tin\/ảnh|tin|nhóm pv|nhóm phóng viên|pv|ctv|btv|phóng viên|nhóm thực hiện|thực hiện|tác giả)\s*[:：]/u;
const BYLINE_TAG_RE = /^(?:pv|ctv|btv|pv\s*[-–\/]\s*ctv|theo\s+[^\s].{0,40})\.?$/u;
const RELATED_RE =
  /^(?:tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|bài cùng chuyên mục|xem thêm|đọc thêm|có thể bạn quan tâm|tin mới nhất|tin mới|tin khác|tin đọc nhiều|bạn đang đọc|>>|»)/u;
const DATE_OR_TIME_RE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}|gmt/u;
const WEEKDAY_RE = /^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|đăng lúc|ngày đăng)/u;
/**
 * "Tham dự có các đồng chí: …", "Cùng tham gia có đại diện Ban …": a list of who attended. Provincial
 * reports as often name the guest by position alone ("Dự buổi lễ có Phó Bí thư Tỉnh ủy …", "Dự và chỉ đạo
 * đại hội có Ủy viên Ban Thường vụ …", "Đến chung vui với bà con có Chủ tịch …"), so the guest may also
 * open on a position word.
 */
const ATTENDEE_RE =
  /^(?:cùng |về |đến )?(?:tham dự|tham gia|đến dự|cùng dự|đi cùng|cùng đi|tháp tùng|đến chung vui|dự và chỉ đạo|dự (?:buổi|hội nghị|hội thảo|lễ|đại hội|kỳ họp|phiên|chương trình|sự kiện|cuộc))(?: [^.:;]{0,60}?)? (?:còn )?(?:có|gồm)(?: các| một số)? ?:? ?(?:đồng chí|ông|bà|đại diện|lãnh đạo|đại biểu|thành viên|cán bộ|phóng viên|khách mời|ủy viên|uỷ viên|phó |chủ tịch|bí thư|trưởng |giám đốc|thứ trưởng|bộ trưởng)/u;
const ATTENDEE_COLON_RE = /^(?:cùng )?(?:tham dự|thành phần tham dự|đại biểu tham dự|khách mời)[^.:;]{0,40}:/u;
const TERMINAL_RE = /[.!?…:;"”')\]»]$/u;

/** Openers typical of a photo caption: a scene, a group, or "Đồng chí <Name>, <title> …" apposition. */
const SCENE_OPENER_RE =
  /^(?:các đại biểu|đại biểu (?:tham dự|dự|tham quan)|lãnh đạo|đại diện|đoàn công tác|các thành viên|các đồng chí|các em|ban tổ chức|bà con|người dân|du khách|học sinh)/u;
const WIDE_SHOT_RE = /^(?:quang cảnh|toàn cảnh|cảnh (?!sát)|một góc)/u;
const APPOSITION_OPENER_RE = /^(?:Đồng chí|đồng chí|Ông|Bà|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá)\s+(?:\p{Lu}[\p{L}\p{M}]*\s+){1,5}?\p{Lu}[\p{L}\p{M}]*\s*[,–-]/u;
/** What a photo shows: someone speaking, attending, visiting, giving gifts, inspecting, at an event. */
const SCENE_PHRASES = [
  'phát biểu', 'tham dự', 'dự buổi', 'dự hội nghị', 'dự lễ', 'chụp ảnh', 'tặng quà', 'trao quà', 'tặng hoa',
  'trao tặng', 'trao quyết định', 'trao bằng', 'trao giấy', 'thăm và tặng', 'kiểm tra', 'làm việc với',
  'buổi làm việc', 'khảo sát', 'dâng hương', 'dâng hoa', 'cắt băng', 'bấm nút', 'chủ trì', 'tham quan',
  'trò chuyện', 'thăm hỏi', 'chúc mừng', 'tại buổi', 'tại hội nghị', 'tại lễ', 'tại hội thảo',
];
/** Signs of narrated story text: tense markers, reporting verbs, results. */
const NARRATIVE_PHRASES = [
  ' đã ', ' sẽ ', 'cho biết', 'đề nghị', 'yêu cầu', 'nhấn mạnh', 'khẳng định', 'báo cáo', 'theo đó',
  'tuy nhiên', 'ước đạt', 'nhằm ', 'vì vậy', 'do đó', 'đồng thời',
];
const TIME_LEAD_RE = /^(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|rạng sáng|chiều tối|sáng sớm|từ ngày|vào)\s+(?:nay|qua|mai|\d|thứ|ngày|chủ)/u;

/** Why a sentence is not story text, or null when it is. */
export function nonContentKind(line: LineInfo): NonContentKind | null {
  const raw = line.text.normalize('NFC').trim();
  const lower = line.lower ?? raw.toLowerCase();
  const n = line.syllableCount;

  if (n <= BYLINE_MAX_SYLLABLES && (TTS_RE.test(lower) || TIME_ONLY_RE.test(lower))) return 'tts';
  if (CREDIT_RE.test(lower)) return 'credit';
  if (BYLINE_RE.test(lower)) return 'byline';
  if (RELATED_RE.test(lower)) return 'related';
  if (ATTENDEE_RE.test(lower) || ATTENDEE_COLON_RE.test(lower)) return 'attendees';
  if (line.isolated) {
    if (n <= BYLINE_MAX_SYLLABLES && (BYLINE_TAG_RE.test(lower) || isNameLine(raw))) return 'byline';
    if (n <= DATELINE_MAX_SYLLABLES && (WEEKDAY_RE.test(lower) || DATE_OR_TIME_RE.test(lower)) && !TERMINAL_RE.test(raw))
      return 'dateline';
    if (n <= HEADING_MAX_SYLLABLES && !TERMINAL_RE.test(raw)) return 'heading';
    if (n <= CAPTION_MAX_SYLLABLES && TRAILING_CREDIT_RE.test(lower)) return 'caption';
    if (n <= CAPTION_MAX_SYLLABLES && captionScore(raw, lower, line.figureCount) >= CAPTION_MIN_SCORE) return 'caption';
  }
  return null;
}

/**
 * Cue points for "this one-line paragraph describes a photo": +2 for a scene opener or apposition opener,
 * +2 for a scene phrase, −2 for each sign of narration, −3 for a time lead ("Sáng 25/11, …") and −2 for
 * figures (captions rarely carry amounts).
 */
export function captionScore(raw: string, lower: string, figureCount: number): number {
  let score = 0;
  if (WIDE_SHOT_RE.test(lower)) score += 4;
  if (SCENE_OPENER_RE.test(lower) || APPOSITION_OPENER_RE.test(raw)) score += 2;
  if (SCENE_PHRASES.some((p) => lower.includes(p))) score += 2;
  const padded = ` ${lower} `;
  for (const p of NARRATIVE_PHRASES) if (padded.includes(p)) score -= 2;
  if (TIME_LEAD_RE.test(lower)) score -= 3;
  if (figureCount > 0) score -= 2;
  return score;
}

/** "Minh Hiếu", "Lê Hợi (TTXVN)": every word capitalised and no sentence punctuation — an author line. */
function isNameLine(raw: string): boolean {
  if (TERMINAL_RE.test(raw) && !raw.endsWith(')')) return false;
  const words = raw.replace(/\([^)]*\)/gu, ' ').split(/\s+/u).filter(Boolean);
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w));
}
