// Units and counted nouns that turn a number into a QUANTITY. Generous on purpose: a number followed by one
// of these is a quantity: the counted noun, with its classifier ("1.000 con gà", "2 con số", "100 căn nhà"),
// not a following material noun ("10 tấn [rác]"); a few compound nouns are one unit ("2.146 hộ dân").
import { isLetterCode, phraseAfter, phraseSet, skipWs, startsLower, wordAt, type Scan } from './scan';

/** Measures: no case rule (acronyms like MW, kWh), may be glued to the number and take a "/" denominator. */
const MEASURES = [
  'ha', 'hecta', 'héc ta', 'km', 'km2', 'm', 'm2', 'm3', 'cm', 'mm', 'kg', 'gam', 'tấn', 'tạ', 'yến', 'lít', 'ml',
  'mw', 'kw', 'kwh', 'mwh', 'gw', 'kv', 'mét', 'mét vuông', 'mét khối', 'ki lô mét', 'cây số', 'sào', 'mẫu',
  'độ', 'độ c', 'hải lý', 'inch', 'khối', 'teraflops', 'gb', 'mb', 'mbps',
];

/** Time units: durations ("5 tháng", "3-5 năm"). "giờ" only reaches here when not a clock time. */
const TIME_UNITS = [
  'năm', 'tháng', 'tuần', 'ngày', 'đêm', 'quý', 'thập kỷ', 'thập niên', 'thế kỷ', 'phút', 'giây', 'giờ', 'tiếng',
  'ngày công', 'ngày đêm', 'năm học', 'ngày làm việc',
];

/** Counted nouns (must be written in lower case: a capital starts a name). */
const COUNTED = [
  // people
  'người', 'hộ', 'nhân khẩu', 'khẩu', 'lao động', 'học sinh', 'sinh viên', 'giáo viên', 'học viên', 'giảng viên',
  'trẻ', 'trẻ em', 'em', 'cháu', 'cụ', 'cán bộ', 'công chức', 'viên chức', 'đảng viên', 'đoàn viên', 'hội viên',
  'đội viên', 'đại biểu', 'thành viên', 'cử tri', 'bệnh nhân', 'ca', 'ca bệnh', 'ca mắc', 'trường hợp', 'đối tượng',
  'nạn nhân', 'du khách', 'khách', 'lượt', 'thí sinh', 'công nhân', 'nông dân', 'ngư dân', 'chiến sĩ', 'chiến sỹ',
  'bác sĩ', 'y bác sĩ', 'nhân viên', 'tình nguyện viên', 'vận động viên', 'nghệ nhân', 'nghệ sĩ', 'gia đình',
  'tuổi', 'biên chế', 'đồng chí', 'liệt sĩ', 'thương binh', 'bệnh binh', 'người dân', 'dân', 'nhân lực', 'chuyên gia',
  'doanh nhân', 'phạm nhân', 'bị can', 'bị cáo', 'đối tượng', 'tội phạm', 'hội viên', 'vị', 'thầy', 'cô',
  // administrative units and places
  'xã', 'phường', 'thị trấn', 'đặc khu', 'huyện', 'quận', 'thị xã', 'tỉnh', 'thành phố', 'làng', 'thôn', 'bản',
  'xóm', 'tổ', 'khu', 'ấp', 'khu phố', 'tổ dân phố', 'điểm', 'điểm trường', 'địa phương', 'địa bàn', 'vùng',
  'quốc gia', 'nước', 'cửa khẩu', 'cảng', 'khu công nghiệp', 'cụm công nghiệp', 'cụm', 'lô', 'thửa', 'thửa đất',
  // organisations and units
  'đơn vị', 'cơ quan', 'tổ chức', 'doanh nghiệp', 'hợp tác xã', 'htx', 'tổ hợp tác', 'cơ sở', 'trường',
  'trường học', 'lớp', 'lớp học', 'phòng', 'phòng học', 'bệnh viện', 'trạm', 'trạm y tế', 'cửa hàng', 'chợ',
  'ngân hàng', 'công ty', 'đảng bộ', 'chi bộ', 'sở', 'ban', 'ngành', 'bộ', 'đoàn', 'đội', 'nhóm', 'cấp', 'hội',
  'câu lạc bộ', 'clb', 'trang trại', 'gia trại', 'nhà máy', 'xưởng',
  // things, works, documents
  'dự án', 'công trình', 'hạng mục', 'gói thầu', 'chương trình', 'đề án', 'kế hoạch', 'nhiệm vụ', 'giải pháp',
  'chỉ tiêu', 'tiêu chí', 'nội dung', 'vấn đề', 'ý kiến', 'kiến nghị', 'câu hỏi', 'lĩnh vực', 'hồ sơ', 'thủ tục',
  'thủ tục hành chính', 'văn bản', 'nghị quyết', 'quyết định', 'sản phẩm', 'mặt hàng', 'mô hình', 'con', 'con số',
  'con người', 'cây', 'căn', 'căn hộ', 'ngôi', 'nhà', 'ngôi nhà', 'tầng', 'chiếc', 'cái', 'quả', 'trái', 'xe',
  'ô tô', 'tàu', 'thuyền', 'máy', 'thiết bị', 'camera', 'tuyến', 'tuyến đường', 'cầu', 'cống', 'kênh', 'đập',
  'hồ', 'hồ chứa', 'giếng', 'mộ', 'phần mộ', 'hài cốt', 'bia', 'tượng', 'di tích', 'lễ hội', 'bài', 'bài viết',
  'tin', 'tác phẩm', 'cuốn', 'quyển', 'trang', 'phiếu', 'suất', 'suất quà', 'phần quà', 'phần', 'gói', 'món',
  'chai', 'bao', 'thùng', 'hộp', 'túi', 'bó', 'cặp', 'đôi', 'tấm', 'bức', 'liều', 'liều vắc xin', 'giường',
  'giống', 'loại', 'bước', 'giai đoạn', 'lần', 'đợt', 'kỳ', 'kỳ họp', 'phiên', 'phiên họp', 'hội nghị', 'cuộc',
  'buổi', 'tiết', 'giải', 'huy chương', 'bằng khen', 'giấy khen', 'tập thể', 'cá nhân', 'sao', 'vụ', 'vụ việc',
  'vụ án', 'vi phạm', 'đường dây', 'trận', 'bàn', 'bàn thắng', 'vị trí', 'chức danh', 'đầu mối', 'tiêu chuẩn',
  'điều', 'chương', 'mục', 'khoản', 'tỷ lệ', 'mức', 'nhịp', 'ô', 'kiốt', 'gian hàng', 'container', 'chuyến',
  'chuyến bay', 'mầm', 'con giống', 'cá thể', 'đàn', 'ổ dịch', 'ổ', 'hạt',
  // compound counted nouns of provincial reports: longer than their first syllable, so they win over it
  'hộ dân', 'hộ gia đình', 'hộ nghèo', 'hộ cận nghèo', 'phòng ở', 'căn nhà', 'nhà ở', 'chủ đầu tư', 'nhà đầu tư',
  'xuồng', 'ca nô', 'cơn bão', 'trận lũ', 'đợt mưa',
  'lượt khách', 'lượt du khách', 'lượt người', 'lượt xe', 'lượt truy cập', 'cơ sở lưu trú', 'cơ sở sản xuất',
  'cơ sở kinh doanh', 'cơ sở giáo dục', 'cơ sở y tế', 'cơ sở khám chữa bệnh', 'trạm biến áp', 'trạm bơm',
  'trạm sạc', 'điểm du lịch', 'khu du lịch', 'năm tuổi', 'tháng tuổi', 'ngày tuổi', 'tuyến phố',
  // mining, permits, routes
  'mỏ', 'mỏ đá', 'mỏ cát', 'mỏ khoáng sản', 'giấy phép', 'giấy chứng nhận', 'đường bay', 'tuyến bay',
];

const MEASURE_SET = phraseSet(MEASURES);
const TIME_SET = phraseSet(TIME_UNITS);
const COUNTED_SET = phraseSet(COUNTED);

export type UnitKind = 'measure' | 'time' | 'counted';

/**
 * Classifiers: a count names the thing after them ("1.000 con gà", "3 chiếc xe", "12 căn nhà"), so the
 * span takes that one noun too (seed conventions: "counted nouns keep the classifier").
 */
const CLASSIFIERS = new Set(['con', 'chiếc', 'cái', 'căn', 'ngôi', 'quả', 'trái', 'tấm', 'bức', 'cuốn', 'quyển', 'cây']);
/** Two-syllable nouns often counted with a classifier: taken whole ("12.000 con gia súc", not "con gia"). */
const TWO_SYLLABLE_NOUNS = new Set([
  'gia súc', 'gia cầm', 'xe máy', 'ô tô', 'máy bay', 'tàu cá', 'tàu thuyền', 'nhà ở', 'nhà văn hóa', 'cầu treo',
  'máy tính', 'điện thoại', 'lợn nái', 'bò sữa', 'trâu bò', 'cá thể', 'vật nuôi', 'cây xanh', 'cột điện', 'nhà tạm',
]);
/** Words after a classifier that are not the counted noun (a verb or function word follows the count). */
const NOT_NOUN_AFTER_CLASSIFIER = new Set([
  'đã', 'đang', 'sẽ', 'được', 'bị', 'của', 'và', 'là', 'có', 'trong', 'này', 'đó', 'với', 'cho', 'để', 'thì',
  'mà', 'nhưng', 'hoặc', 'hay', 'từ', 'đến', 'tại', 'ở', 'trên', 'dưới', 'theo', 'vào', 'ra', 'lên', 'xuống',
  'không', 'chưa', 'cũng', 'đều', 'vẫn', 'còn', 'nữa', 'mỗi', 'các', 'những', 'khác', 'nào',
]);

export interface UnitHit {
  s: number;
  e: number;
  /** folded unit phrase */
  unit: string;
  kind: UnitKind;
}

/** Superscripts and digits that complete "m2", "m³", "km2". */
function powerSuffix(f: string, e: number): number {
  const c = f.charCodeAt(e);
  if (c === 50 || c === 51 || c === 0xb2 || c === 0xb3) {
    const d = f.charCodeAt(e + 1);
    if (!(d >= 48 && d <= 57) && !isLetterCode(d)) return e + 1;
  }
  return e;
}

/**
 * The unit or counted noun right after p (glued or after spaces). Measure units may carry "/" denominators
 * ("tạ/ha", "km/h"); those are part of the unit.
 */
export function matchUnit(scan: Scan, p: number): UnitHit | null {
  const f = scan.f;
  const glued = skipWs(f, p) === p;
  let hit: UnitHit | null = null;
  const m = phraseAfter(f, p, MEASURE_SET);
  const t = phraseAfter(f, p, TIME_SET);
  const c = phraseAfter(f, p, COUNTED_SET);
  // Longest wins: "ngày công" (time) beats "ngày"; "con số" beats "con".
  for (const [h, kind] of [
    [m, 'measure'],
    [t, 'time'],
    [c, 'counted'],
  ] as const) {
    if (!h) continue;
    if (kind !== 'measure' && !startsLower(scan, h.s)) continue;
    if (!hit || h.e > hit.e) hit = { s: h.s, e: h.e, unit: h.phrase, kind };
  }
  // "m2", "km2", "m³": the phrase reader stops at the digit.
  if (hit && (hit.unit === 'm' || hit.unit === 'km')) {
    const e2 = powerSuffix(f, hit.e);
    if (e2 !== hit.e) hit = { ...hit, e: e2, unit: f.slice(hit.s, e2) };
  }
  if (!hit) return null;
  if (glued && hit.kind !== 'measure') return null;
  // A digit glued after the unit means a code ("5m2x"), not a unit; a letter glued cannot happen (words are maximal).
  const after = f.charCodeAt(hit.e);
  if (after >= 48 && after <= 57) return null;
  if (hit.kind === 'measure') hit = { ...hit, e: readDenominators(f, hit.e) };
  if (hit.kind === 'counted' && CLASSIFIERS.has(hit.unit)) {
    const next = wordAt(f, skipWs(f, hit.e));
    if (next && next.s === hit.e + 1 && startsLower(scan, next.s) && !NOT_NOUN_AFTER_CLASSIFIER.has(f.slice(next.s, next.e))) {
      const second = wordAt(f, next.e + 1);
      const pair = second && f.charCodeAt(next.e) === 32 ? f.slice(next.s, second.e) : '';
      const end = pair && TWO_SYLLABLE_NOUNS.has(pair) ? second!.e : next.e;
      hit = { ...hit, e: end, unit: f.slice(hit.s, end) };
    }
  }
  return hit;
}

/** Extends over "/ha", "/h", "/m2/tháng" (each a short letter word, optionally with a power digit). */
export function readDenominators(f: string, e: number): number {
  let end = e;
  for (let k = 0; k < 3; k++) {
    if (f.charCodeAt(end) !== 47) break;
    const w = wordAt(f, end + 1);
    if (!w || w.e - w.s > 12) break;
    end = powerSuffix(f, w.e);
  }
  return end;
}
