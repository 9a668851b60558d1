// Matching structures built once (lazily, on first use) from src/data/lexicon.json: phrase tries for the
// heads of titles, organisations and places, cue words, and syllable sets for names.
import lexiconData from '../../data/lexicon.json';
import { foldKey } from '../text/normalize';
import { PhraseTrie } from './trie';

interface LexiconData {
  titlePrefixes: string[];
  titleSuffixes: string[];
  titleModifiers: string[];
  titleHeads: { S: string[]; N: string[]; O: string[] };
  ranks: string[];
  academic: string[];
  fullTitles: string[];
  orgHeads: { standalone: string[]; optional: string[]; scoped: string[]; named: string[]; bareNational: string[] };
  styleCapitalised: string[];
  orgScopeWords: string[];
  nominalCompounds: string[];
  locationUnits: Record<'province' | 'commune' | 'district' | 'village' | 'geo', string[]>;
  pluralMarkers: string[];
  honorifics: string[];
  notPersonBefore: string[];
  stopFunction: string[];
  stopVerbish: string[];
  expansions: Record<string, string>;
  termAbbreviations: string[];
  surnames: string[];
  middleNames: string[];
  givenNames: string[];
  countries: string[];
  ambiguousCountries: string[];
  foreignCities: string[];
  regions: string[];
  knownOrgs: string[];
  notEntityNames: string[];
  candidateCues: { locBefore: string[]; orgBefore: string[]; perAfter: string[]; orgAfter: string[]; notNames: string[]; namesakes: string[] };
}
const L = lexiconData as unknown as LexiconData;

/** S: a title alone when capitalised; N: needs a name or attachment after it; O: needs an attached body; F: full gazetteer title. */
export type TitleKind = 'S' | 'N' | 'O' | 'F' | 'R';
/** national: Chính phủ, Quốc hội, Nhà nước — labelled only as the body a title/organisation is attached to. */
export type OrgKind = 'standalone' | 'optional' | 'scoped' | 'named' | 'national';
export type UnitLevel = 'province' | 'commune' | 'district' | 'village' | 'geo';
export interface KnownPlace {
  level: 'country' | 'foreign-city' | 'region';
  name: string;
  ambiguous: boolean;
}

export interface Lexicon {
  titles: PhraseTrie<TitleKind>;
  titlePrefix: PhraseTrie<true>;
  titleSuffix: PhraseTrie<true>;
  modifiers: PhraseTrie<string>;
  orgs: PhraseTrie<OrgKind>;
  orgScope: PhraseTrie<true>;
  /** One-syllable scope words listed only in capitals ("TƯ" = Trung ương): the lower-case "tư" of "Đầu tư" is no scope. */
  orgScopeCapsOnly: Set<string>;
  /** Nouns whose first syllable is also a verb's ("đầu tư", "giao thông"): they do not end an organisation's name. */
  nominal: PhraseTrie<true>;
  units: PhraseTrie<UnitLevel>;
  foreign: PhraseTrie<KnownPlace>;
  honorifics: PhraseTrie<true>;
  notPerson: PhraseTrie<true>;
  plural: Set<string>;
  style: PhraseTrie<true>;
  stopFunction: Set<string>;
  stopVerbish: Set<string>;
  expansions: Map<string, string>;
  /** Abbreviations of terms, documents, places and person prefixes: not organisations. */
  terms: Set<string>;
  surnames: Set<string>;
  middles: Set<string>;
  givens: Set<string>;
  /** Cues typing an unexplained capitalised run: folded phrases that may stand just before it. */
  locBefore: Set<string>;
  orgBefore: Set<string>;
  perAfter: PhraseTrie<true>;
  orgAfter: PhraseTrie<true>;
  /** Organisations news names without a head word (companies, media, clubs, international bodies). */
  knownOrgs: PhraseTrie<true>;
  /** Products, platforms, competitions, events, holidays: capitalised, but no person, place or organisation. */
  notEntity: PhraseTrie<true>;
  /** Pronouns, kinship words, compass points: capitalised, but not a name alone. */
  notNames: Set<string>;
  /** Heroes, rulers and writers whose names are also wards and streets: bare, they are the person. */
  namesakes: PhraseTrie<true>;
  /** Longest cue (in syllables) before a run, so the backwards look is bounded. */
  maxCueBefore: number;
}

let lex: Lexicon | null = null;

function trieOf<T>(entries: [string, T][]): PhraseTrie<T> {
  const t = new PhraseTrie<T>();
  for (const [k, v] of entries) t.add(k, v);
  return t;
}

export function getLexicon(): Lexicon {
  if (lex) return lex;
  const titles = new PhraseTrie<TitleKind>();
  for (const k of ['S', 'N', 'O'] as const) for (const h of L.titleHeads[k]) titles.add(h, k);
  for (const r of L.ranks) titles.add(r, 'R');
  for (const a of L.academic) titles.add(a, 'S');
  for (const t of L.fullTitles) titles.add(t, 'F');
  const orgs = new PhraseTrie<OrgKind>();
  for (const k of ['named', 'scoped', 'standalone', 'optional', 'bareNational'] as const) for (const h of L.orgHeads[k]) orgs.add(h, k === 'bareNational' ? 'national' : k);
  const units = new PhraseTrie<UnitLevel>();
  for (const [lvl, ws] of Object.entries(L.locationUnits)) for (const w of ws) units.add(w, lvl as UnitLevel);
  const foreign = new PhraseTrie<KnownPlace>();
  const amb = new Set(L.ambiguousCountries);
  for (const c of L.countries) foreign.add(c, { level: 'country', name: c, ambiguous: amb.has(c) });
  for (const c of L.foreignCities) foreign.add(c, { level: 'foreign-city', name: c, ambiguous: false });
  for (const c of L.regions) foreign.add(c, { level: 'region', name: c, ambiguous: false });
  const set = (xs: string[]) => new Set(xs.map(foldKey));
  lex = {
    titles,
    titlePrefix: trieOf(L.titlePrefixes.map((p) => [p, true as const])),
    titleSuffix: trieOf(L.titleSuffixes.map((p) => [p, true as const])),
    modifiers: trieOf(L.titleModifiers.map((p) => [p, foldKey(p)])),
    orgs,
    orgScope: trieOf(L.orgScopeWords.map((p) => [p, true as const])),
    orgScopeCapsOnly: set(
      L.orgScopeWords.filter((p) => !/[\s.]/.test(p) && p === p.toUpperCase() && !L.orgScopeWords.some((q) => q !== p && foldKey(q) === foldKey(p) && q !== q.toUpperCase())),
    ),
    nominal: trieOf((L.nominalCompounds ?? []).map((p) => [p, true as const])),
    units,
    foreign,
    honorifics: trieOf(L.honorifics.map((p) => [p, true as const])),
    notPerson: trieOf(L.notPersonBefore.map((p) => [p, true as const])),
    plural: set(L.pluralMarkers),
    style: trieOf(L.styleCapitalised.map((p) => [p, true as const])),
    stopFunction: set(L.stopFunction),
    stopVerbish: set(L.stopVerbish),
    terms: set(L.termAbbreviations),
    expansions: new Map(Object.entries(L.expansions).map(([k, v]) => [foldKey(k), v])),
    surnames: set(L.surnames),
    middles: set(L.middleNames),
    givens: set(L.givenNames),
    locBefore: set(L.candidateCues.locBefore),
    orgBefore: set(L.candidateCues.orgBefore),
    perAfter: trieOf(L.candidateCues.perAfter.map((p) => [p, true as const])),
    knownOrgs: trieOf(L.knownOrgs.map((p) => [p, true as const])),
    notEntity: trieOf(L.notEntityNames.map((p) => [p, true as const])),
    notNames: set(L.candidateCues.notNames),
    namesakes: trieOf(L.candidateCues.namesakes.map((p) => [p, true as const])),
    orgAfter: trieOf(L.candidateCues.orgAfter.map((p) => [p, true as const])),
    maxCueBefore: Math.max(...[...L.candidateCues.locBefore, ...L.candidateCues.orgBefore].map((p) => p.split(/\s+/).length)),
  };
  return lex;
}
