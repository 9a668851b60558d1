// QUANTITY: digit-bearing number + unit or counted noun ("3.321 xã", "10,3 ha", "2km", "hơn 2 nghìn người"),
// ranges ("3-5 năm", "10-20ha"), fractions ("5/7 xã": value 5, of 7) and compound durations
// ("6 năm 5 tháng" → 77 tháng).
import { readRangeEnd, type Amount } from './numbers';
import { amountQualifier } from './qualifiers';
import { origSlice, skipWs, type Cand, type Scan } from './scan';
import { matchUnit } from './units';

const MONTHS_PER_YEAR = 12;

function unitText(scan: Scan, s: number, e: number): string {
  return origSlice(scan, s, e);
}

export function quantityAt(scan: Scan, i: number, a: Amount, out: Cand[]): void {
  const f = scan.f;
  const tok = scan.nums[i];
  // Looked up only once a quantity is certain: most numbers are not one.
  const qual = (): { qualifier?: string } => {
    const q = amountQualifier(f, tok.s);
    return q ? { qualifier: q.phrase } : {};
  };

  // Fraction "5/7 xã", "9/10 điểm".
  if (f.charCodeAt(tok.e) === 47 && i + 1 < scan.nums.length && scan.nums[i + 1].s === tok.e + 1) {
    const b = scan.nums[i + 1];
    if (!b.hard && tok.plain && b.plain && tok.value <= b.value) {
      const u = matchUnit(scan, b.e);
      if (u && u.s > b.e) {
        out.push({ s: tok.s, e: u.e, type: 'QUANTITY', prio: 2, value: tok.value, of: b.value, unit: unitText(scan, u.s, u.e), ...qual() });
      }
    }
    return;
  }

  // Range "3-5 năm", "10-20ha", "1,5 - 2 triệu người".
  const range = readRangeEnd(scan, a, tok.value, (e) => matchUnit(scan, e));
  if (range) {
    const u = range.tail;
    out.push({ s: range.start ?? tok.s, e: u.e, type: 'QUANTITY', prio: 2, valueMin: range.min, valueMax: range.max, unit: unitText(scan, u.s, u.e), ...qual() });
  }

  const u = matchUnit(scan, a.e);
  if (!u) return;
  // Compound duration "6 năm 5 tháng".
  if (u.unit === 'năm' && a.topScale === 1) {
    const j = scan.numAt.get(skipWs(f, u.e));
    if (j !== undefined && skipWs(f, u.e) > u.e) {
      const t = scan.nums[j];
      const u2 = !t.hard && t.plain ? matchUnit(scan, t.e) : null;
      if (u2 && u2.unit === 'tháng' && t.value < MONTHS_PER_YEAR) {
        out.push({
          s: tok.s, e: u2.e, type: 'QUANTITY', prio: 2, value: a.value * MONTHS_PER_YEAR + t.value,
          unit: unitText(scan, u2.s, u2.e), ...qual(),
        });
        return;
      }
    }
  }
  out.push({ s: tok.s, e: u.e, type: 'QUANTITY', prio: 2, value: a.value, unit: unitText(scan, u.s, u.e), ...qual() });
}
