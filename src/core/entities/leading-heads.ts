// Descriptive heads that open an organisation's name in front of another organisation: "Chi nhánh Ngân hàng …",
// "Văn phòng đại diện Công ty …". The grammar reads the inner body (the bank, the company); the unit named is
// the branch or office, so the span starts at the head.
//
// Measured and left out: "Cơ quan <field> <body>" ("Cơ quan Cảnh sát điều tra Công an tỉnh …"). Widening over it
// cost a true positive on VLSP 2018 dev (its gold does not keep the agency head at depth 0) and changed nothing
// on VLSP 2016, so the inner body alone stays the span there.
import type { Tok } from './tokens';
import type { RawSpan } from './grammar';

/** Folded leading heads, capitalised in the text and standing right before the body they belong to. */
const LEADING_HEADS: ReadonlyArray<readonly string[]> = [
  ['chi', 'nhánh'],
  ['văn', 'phòng', 'đại', 'diện'],
];

/** Widen each organisation span over a capitalised leading head right before it. */
export function withLeadingHeads(toks: Tok[], raw: RawSpan[]): void {
  for (const r of raw) {
    if (r.type !== 'ORGANIZATION') continue;
    for (const head of LEADING_HEADS) {
      const h = r.a - head.length;
      if (h < 0 || !toks[h].cap) continue;
      let ok = true;
      for (let k = 0; k < head.length && ok; k++) ok = toks[h + k].word && toks[h + k].w === head[k];
      if (ok) {
        r.a = h;
        break;
      }
    }
  }
}
