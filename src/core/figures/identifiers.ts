// Digits that are names or identifiers, not figures: document numbers ("202/2025/QH15", "123/QĐ-UBND",
// "60-NQ/TW"), codes ("VTV1", "5G", "1A"), phone numbers, clock times ("7 giờ", "10h30", "14 giờ 30"),
// and numbers named by the word before them ("Điều 48", "lớp 12", "quận 1", "tổ dân phố 3").
import {
  isDashCode,
  isDigitCode,
  isLetterCode,
  nextWords,
  phraseBefore,
  phraseSet,
  prevWords,
  skipWs,
  type NumTok,
} from './scan';

/** Units that may be written glued to the number ("2km", "10ha", "50.000đ", "100m2"). */
export const ATTACHED_UNITS = new Set([
  'ha', 'km', 'm', 'cm', 'mm', 'kg', 'mw', 'kw', 'kwh', 'mwh', 'gw', 'kv', 'đ', 'vnđ', 'usd', 'tấn', 'ml', 'l',
]);

/** Words after which a number is a name or an identifier, never an amount (folded, longest first wins). */
const NAME_CUES = phraseSet([
  'số', 'điều', 'khoản', 'chương', 'lớp', 'quận', 'phường', 'quốc lộ', 'tỉnh lộ', 'huyện lộ', 'đường tỉnh',
  'đường huyện', 'đường', 'ql', 'tl', 'đt', 'dt', 'tổ dân phố', 'khu phố', 'ấp', 'thôn', 'xóm', 'phương án',
  'tuyến', 'tuyến số', 'trang', 'tập', 'hình', 'phụ lục', 'mã', 'mã số', 'tầng', 'ngõ', 'ngách', 'hẻm', 'kiệt',
  'km', 'cổng', 'cấp độ', 'level', 'top', 'sư đoàn', 'trung đoàn', 'lữ đoàn', 'tiểu đoàn', 'quân khu',
  'quân đoàn', 'hotline', 'điện thoại', 'sđt', 'fax', 'zalo', 'tài khoản', 'stk', 'thứ', 'lúc', 'nghị quyết',
  'quyết định', 'nghị định', 'thông tư', 'công văn', 'chỉ thị', 'kết luận', 'tờ trình', 'thông báo', 'quy định',
  'văn bản', 'gói thầu', 'khóa', 'kênh', 'vtv', 'số hiệu', 'biển số', 'biển kiểm soát', 'cửa khẩu', 'ki-ốt',
  'kiốt', 'căn hộ', 'đầu số', 'phiên bản', 'iphone', 'galaxy', 'windows', 'block', 'tòa', 'bến',
]);

/**
 * Weaker name cues: "Đội 3", "tổ 5", "mục 2" name a unit, but "danh mục 5 dự án", "tổ 3 người" count
 * things. After these a number is a figure only when a unit, counted noun or currency follows.
 */
const WEAK_NAME_CUES = phraseSet([
  'điểm', 'mục', 'phần', 'tổ', 'khối', 'đội', 'nhóm', 'bài', 'câu', 'bảng', 'mẫu', 'phòng', 'lô', 'ô', 'căn',
  'hạng', 'loại', 'vòng', 'vùng', 'khu vực', 'khu', 'lần', 'đợt', 'kỳ', 'cấp', 'trạm', 'sân', 'bốt', 'giai đoạn',
]);

/**
 * Syllables before a name cue that make it a common compound measuring a distance: "quãng đường 3-5 km",
 * "con đường 2 km" are lengths, "đường 3" alone is a street.
 */
const CUE_COMPOUND_BEFORE: Record<string, Set<string>> = {
  'đường': new Set(['quãng', 'con', 'đoạn', 'chặng', 'cung', 'mặt', 'lòng', 'làm']),
};

/** Words that lift "số" back into an amount: "tổng số 320 hộ". */
const SO_AMOUNT = new Set(['tổng', 'con']);

/** "trong 48 giờ" is a duration, "7 giờ" a clock time. */
const DURATION_CUES = phraseSet(['trong', 'trong vòng', 'suốt', 'mất', 'hơn', 'gần', 'kéo dài']);

/** Words after "N giờ" that make it a clock time whatever came before ("7 giờ sáng"). */
const DAY_PARTS = new Set(['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'ngày', 'hôm']);

/** Longest run of digits with a leading zero that we still read as a number ("05/11", "0,5"). */
const MAX_LEADING_ZERO_DIGITS = 3;

/** Marks hard / nameCue / cont on every number token. One pass, constant work per token. */
export function markIdentifiers(f: string, nums: NumTok[]): void {
  const n = f.length;
  for (let k = 0; k < nums.length; k++) {
    const t = nums[k];
    const before = t.s > 0 ? f.charCodeAt(t.s - 1) : 0;
    const before2 = t.s > 1 ? f.charCodeAt(t.s - 2) : 0;
    const after = t.e < n ? f.charCodeAt(t.e) : 0;
    const after2 = t.e + 1 < n ? f.charCodeAt(t.e + 1) : 0;

    // Glued to letters on the left: "VTV1", "QH15", "m2", "h30", "COVID-19", "Km15".
    if (isLetterCode(before) || before === 95 /* _ */ || before === 43 /* + */ || before === 35 /* # */) t.hard = true;
    if ((isDashCode(before) || before === 47 || before === 46) && isLetterCode(before2)) t.hard = true;
    // Glued to a number on the left: second half of "25/11", "2025-2030", "10:30".
    if ((before === 47 || isDashCode(before) || before === 58) && isDigitCode(before2)) t.cont = true;

    // Glued to letters on the right: a unit ("2km") or a code ("1A", "5G", "10h30", "36A").
    if (isLetterCode(after)) {
      const w = nextWords(f, t.e, 1)[0];
      const letters = w ? w.w : '';
      if (letters === 'h' || letters === 'g') {
        t.hard = true; // clock "10h30", "7h", "10g30"; network "5G"
        const j = k + 1;
        if (j < nums.length && w && nums[j].s === w.e) nums[j].hard = true;
      } else if (!ATTACHED_UNITS.has(letters) && !(letters === 'm' || letters === 'km')) {
        t.hard = true;
      }
    }
    // "123/QĐ-UBND", "60-NQ/TW", "202/2025/QH15": a letter right after a "/" or "-" ends an identifier chain.
    if ((after === 47 || isDashCode(after)) && isLetterCode(after2)) {
      // A unit denominator after a glued unit ("50.000đ/kg") starts with a letter too; those were handled above
      // because the letter comes after the unit, not after the digits.
      t.hard = true;
      for (let j = k - 1; j >= 0 && nums[j + 1].cont; j--) nums[j].hard = true;
    }
    // Clock time "10:30".
    if (after === 58 && isDigitCode(after2)) t.hard = true;
    if (t.cont && before === 58) t.hard = true;

    // Phone numbers and codes: long digit runs with a leading zero ("0912.345.678", "0237 3852 111").
    const digitCount = t.raw.replace(/[.,]/g, '').length;
    if (t.raw.charCodeAt(0) === 48 && digitCount > MAX_LEADING_ZERO_DIGITS && !/^0,/.test(t.raw)) {
      t.hard = true;
      // The following space-separated groups of the same number.
      for (let j = k + 1; j < nums.length && j <= k + 3; j++) {
        const gap = f.slice(nums[j - 1].e, nums[j].s);
        if (!/^[ .]$/.test(gap)) break;
        nums[j].hard = true;
      }
    }

    // Clock time "7 giờ", "14 giờ 30 (phút)" unless it reads as a duration ("trong 48 giờ").
    const next = nextWords(f, t.e, 1)[0];
    if (next && next.w === 'giờ' && !t.cont) {
      const p = skipWs(f, next.e);
      const minutesFollow = k + 1 < nums.length && nums[k + 1].s === p;
      const dayPart = nextWords(f, next.e, 1)[0];
      const clock = minutesFollow || (dayPart && DAY_PARTS.has(dayPart.w)) || !phraseBefore(f, t.s, DURATION_CUES);
      if (clock) {
        t.hard = true;
        if (minutesFollow) nums[k + 1].hard = true;
      }
    }

    // Names: "Điều 48", "lớp 12", "quận 1" … but "tổng số 320 hộ" is an amount.
    const cue = phraseBefore(f, t.s, NAME_CUES);
    if (cue && cue.e === skipBackTo(f, t.s)) {
      if (cue.phrase === 'số') {
        const pw = prevWords(f, cue.s, 1)[0];
        if (!pw || !SO_AMOUNT.has(pw.w)) t.nameCue = true;
      } else {
        const pw = CUE_COMPOUND_BEFORE[cue.phrase] ? prevWords(f, cue.s, 1)[0] : undefined;
        if (!pw || !CUE_COMPOUND_BEFORE[cue.phrase].has(pw.w)) t.nameCue = true;
      }
    } else {
      const weak = phraseBefore(f, t.s, WEAK_NAME_CUES);
      if (weak && weak.e === skipBackTo(f, t.s)) t.weakCue = true;
    }
  }
}

/** End of the word run right before i (only spaces between). */
function skipBackTo(f: string, i: number): number {
  let p = i;
  while (p > 0 && (f.charCodeAt(p - 1) === 32 || f.charCodeAt(p - 1) === 0xa0 || f.charCodeAt(p - 1) === 9)) p--;
  return p;
}
