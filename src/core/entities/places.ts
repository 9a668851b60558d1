// The administrative gazetteer (34 provinces and 3,321 communes since 1 July 2025, the 63 former provinces,
// ~700 former districts and ~10,800 former communes with where each went) and the resolution of a
// written place to one PlaceRef. Same-named units are common (314 commune names occur in several
// provinces; 745 communes carry a former district's name), so the article's date and its dominant
// province decide.
import adminData from '../../data/admin.json';
import { foldKey } from '../text/normalize';
import type { PlaceRef } from '../types';
import { PhraseTrie } from './trie';

interface AdminData {
  provinces: { n: string; t: string; f: string[] }[];
  formerProvinces: [string, string][];
  aliases: [string, string][];
  communes: [string, string, number, number[]][];
  oldDistricts: [string, string, string][];
  oldWards: [string, string, number][];
}
const A = adminData as unknown as AdminData;

/** Reorganisation date: before it, articles mean the former units. */
export const REFORM_DATE = '2025-07-01';

export const UNIT_WORD: Record<string, string> = {
  x: 'xã', p: 'phường', d: 'đặc khu', t: 'thị trấn', h: 'huyện', q: 'quận', tx: 'thị xã', tp: 'thành phố', tinh: 'tỉnh',
};
/** Written unit word (folded) → type code in the data. */
const UNIT_CODE: Record<string, string> = {
  'xã': 'x', 'phường': 'p', 'p.': 'p', 'đặc khu': 'd', 'thị trấn': 't', 'tt.': 't', 'huyện': 'h', 'h.': 'h', 'quận': 'q', 'q.': 'q',
  'thị xã': 'tx', 'tx': 'tx', 'tx.': 'tx', 'thành phố': 'tp', 'tp': 'tp', 'tp.': 'tp', 'tp .': 'tp', 'tỉnh': 'tinh',
};

export type AdminRef =
  | { k: 'prov'; i: number }
  | { k: 'former'; i: number }
  | { k: 'commune'; i: number }
  | { k: 'oldWard'; i: number }
  | { k: 'oldDistrict'; i: number };

interface Index {
  names: PhraseTrie<AdminRef>;
  provByKey: Map<string, number>;
  formerByKey: Map<string, number>;
  /** old ward index → communes it went into */
  wardInto: number[][];
  /** old district index → its old wards */
  districtWards: number[][];
}
let index: Index | null = null;

function currentProvinceOf(name: string): string | undefined {
  const k = foldKey(name);
  const ix = getIndex();
  const p = ix.provByKey.get(k);
  if (p !== undefined) return A.provinces[p].n;
  const f = ix.formerByKey.get(k);
  if (f !== undefined) return A.formerProvinces[f][1];
  return undefined;
}

export function getIndex(): Index {
  if (index) return index;
  const names = new PhraseTrie<AdminRef>();
  const provByKey = new Map<string, number>();
  const formerByKey = new Map<string, number>();
  A.provinces.forEach((p, i) => {
    names.add(p.n, { k: 'prov', i });
    provByKey.set(foldKey(p.n), i);
  });
  A.formerProvinces.forEach(([n], i) => {
    names.add(n, { k: 'former', i });
    formerByKey.set(foldKey(n), i);
  });
  for (const [alias, canon] of A.aliases) {
    const k = foldKey(canon);
    const p = provByKey.get(k);
    if (p !== undefined) {
      names.add(alias, { k: 'prov', i: p });
      provByKey.set(foldKey(alias), p);
    } else {
      const f = formerByKey.get(k);
      if (f !== undefined) {
        names.add(alias, { k: 'former', i: f });
        formerByKey.set(foldKey(alias), f);
      }
    }
  }
  A.communes.forEach(([n], i) => names.add(n, { k: 'commune', i }));
  A.oldWards.forEach(([n], i) => names.add(n, { k: 'oldWard', i }));
  A.oldDistricts.forEach(([n], i) => names.add(n, { k: 'oldDistrict', i }));
  const wardInto: number[][] = A.oldWards.map(() => []);
  A.communes.forEach(([, , , from], ci) => {
    for (const w of from) wardInto[w].push(ci);
  });
  const districtWards: number[][] = A.oldDistricts.map(() => []);
  A.oldWards.forEach(([, , d], wi) => districtWards[d].push(wi));
  index = { names, provByKey, formerByKey, wardInto, districtWards };
  return index;
}

/** Current province for a current or former province name or alias ("Hà Tây" → "Hà Nội", "TP.HCM" → "Hồ Chí Minh"). */
export function lookupProvince(name: string): string | undefined {
  if (typeof name !== 'string') return undefined;
  const cleaned = name.trim().replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
  return currentProvinceOf(cleaned) ?? currentProvinceOf(name.trim());
}

const communeLabel = (ci: number): string => {
  const [n, t, p] = A.communes[ci];
  return `${UNIT_WORD[t]} ${n}, ${A.provinces[p].n}`;
};
const oldWardLabel = (wi: number): string => {
  const [n, t, d] = A.oldWards[wi];
  const [dn, dt] = A.oldDistricts[d];
  return `${UNIT_WORD[t] ?? ''} ${n}, ${UNIT_WORD[dt] ?? ''} ${dn}`.trim();
};

/** Province (current) a candidate belongs to. */
export function provinceOfRef(r: AdminRef): string | undefined {
  switch (r.k) {
    case 'prov':
      return A.provinces[r.i].n;
    case 'former':
      return A.formerProvinces[r.i][1];
    case 'commune':
      return A.provinces[A.communes[r.i][2]].n;
    case 'oldWard':
      return currentProvinceOf(A.oldDistricts[A.oldWards[r.i][2]][2]);
    case 'oldDistrict':
      return currentProvinceOf(A.oldDistricts[r.i][2]);
  }
}

function refToPlace(r: AdminRef): PlaceRef {
  const ix = getIndex();
  switch (r.k) {
    case 'prov': {
      const p = A.provinces[r.i];
      return {
        level: 'province', unitType: p.t, name: p.n, province: p.n, current: true,
        ...(p.f.length ? { formedFrom: [`tỉnh ${p.n}`, ...p.f.map((f) => `tỉnh ${f}`)] } : {}),
      };
    }
    case 'former': {
      const [n, into] = A.formerProvinces[r.i];
      const p = A.provinces[ix.provByKey.get(foldKey(into)) ?? 0];
      return { level: 'province', unitType: 'tỉnh', name: n, province: into, current: false, nowPartOf: [`${p.t} ${into}`] };
    }
    case 'commune': {
      const [n, t, p, from] = A.communes[r.i];
      return {
        level: 'commune', unitType: UNIT_WORD[t], name: n, province: A.provinces[p].n, current: true,
        ...(from.length ? { formedFrom: from.map(oldWardLabel) } : {}),
      };
    }
    case 'oldWard': {
      const [n, t] = A.oldWards[r.i];
      return {
        level: 'commune', unitType: UNIT_WORD[t], name: n, province: provinceOfRef(r), current: false,
        nowPartOf: ix.wardInto[r.i].map(communeLabel),
      };
    }
    case 'oldDistrict': {
      const [n, t] = A.oldDistricts[r.i];
      const into = new Set<number>();
      for (const wi of ix.districtWards[r.i]) for (const c of ix.wardInto[wi]) into.add(c);
      return { level: 'district', unitType: UNIT_WORD[t], name: n, province: provinceOfRef(r), current: false, nowPartOf: [...into].map(communeLabel) };
    }
  }
}

function typeOf(r: AdminRef): string {
  switch (r.k) {
    case 'prov':
    case 'former':
      return 'tinh';
    case 'commune':
      return A.communes[r.i][1];
    case 'oldWard':
      return A.oldWards[r.i][1];
    case 'oldDistrict':
      return A.oldDistricts[r.i][1];
  }
}

export interface ResolveCtx {
  published?: string;
  province?: string;
}

const isFormer = (r: AdminRef) => r.k === 'former' || r.k === 'oldWard' || r.k === 'oldDistrict';

/**
 * Picks the unit a written place means. `unit` is the folded unit word written before the name (or '' for
 * a bare name, e.g. a later conjunct or "Thanh Hóa"); `cands` are the gazetteer entries of that name.
 */
export function resolveAdmin(unit: string, cands: AdminRef[], rc: ResolveCtx): PlaceRef | undefined {
  if (!cands.length) return undefined;
  const code = UNIT_CODE[unit] ?? '';
  let pool = cands;
  if (code === 'tinh') pool = cands.filter((c) => c.k === 'prov' || c.k === 'former');
  else if (code === 'tp') {
    // "thành phố Huế" is a province-level city; "thành phố Thanh Hóa" a former provincial city (district level).
    const provs = cands.filter((c) => c.k === 'prov' || c.k === 'former');
    pool = provs.length ? provs : cands.filter((c) => typeOf(c) === 'tp');
  } else if (code) {
    const typed = cands.filter((c) => typeOf(c) === code && c.k !== 'prov' && c.k !== 'former');
    pool = typed.length ? typed : cands.filter((c) => c.k !== 'prov' && c.k !== 'former');
  } else {
    // Bare name: a province reading wins (bare commune names only reach here as conjuncts with a typed unit).
    const provs = cands.filter((c) => c.k === 'prov' || c.k === 'former');
    if (provs.length) pool = provs;
  }
  if (!pool.length) pool = cands;
  const before = !!rc.published && rc.published.slice(0, 10) < REFORM_DATE;
  const score = (r: AdminRef): number => {
    let s = 0;
    if (rc.province && provinceOfRef(r) === rc.province) s += 4;
    // The date decides between a current and a former unit of the same name.
    if (isFormer(r) === before) s += 2;
    if (r.k === 'prov' || r.k === 'former') s += 1;
    return s;
  };
  let best = pool[0];
  let bestScore = score(best);
  for (const c of pool) {
    const s = score(c);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return refToPlace(best);
}

/** The single province a name's candidates agree on, if they do (used to find the dominant province). */
export function unambiguousProvince(cands: AdminRef[]): string | undefined {
  let p: string | undefined;
  for (const c of cands) {
    const q = provinceOfRef(c);
    if (!q) continue;
    if (p && q !== p) return undefined;
    p = q;
  }
  return p;
}

export function isProvinceRef(r: AdminRef): boolean {
  return r.k === 'prov' || r.k === 'former';
}
