// The entity grammar: one left-to-right pass over syllable tokens. At each position the longest reading
// wins in this order: TITLE (with the body/place it is attached to, then the PERSON right after it),
// ORGANIZATION (head + name + attached body/place), LOCATION (unit word + name, then bare conjuncts),
// a person cue (đồng chí, ông, bà…) + name, a known place (province, country, foreign city), a name that
// starts with a Vietnamese surname. Inner spans (a place inside an organisation inside a title) are kept
// too; scoring and display use the outermost.
import { joinWords, type Tok } from './tokens';
import { getLexicon, type KnownPlace, type OrgKind, type TitleKind, type UnitLevel } from './lexicon';
import { getIndex, isProvinceRef, type AdminRef } from './places';
import { isVietSyllable } from './syllable';

/** Alley words that take a number then the street they open on ("hẻm 51 Trần Hưng Đạo"; "kiệt" in Huế/Đà Nẵng). */
const ALLEY_HEADS = new Set(['hẻm', 'kiệt', 'ngõ', 'ngách']);
/** Street words an alley's street may carry ("kiệt 14 đường Nguyễn Chí Thanh"). */
const STREET_HEADS = new Set(['đường', 'phố', 'đại lộ']);
const GEO_LEVEL = new Set<UnitLevel>(['geo']);

/** Buildings that stand for a government (folded): ORG when they act, LOC when visited or located in. */
const SEATS_OF_POWER = new Set(['nhà trắng', 'điện kremlin', 'điện élysée', 'lầu năm góc', 'phố downing']);
/** Words before a seat of power that make it the building ("tham quan Nhà Trắng", "bên ngoài Điện Kremlin"). */
const SEAT_VISIT_BEFORE = new Set(['tham quan', 'bên ngoài', 'trước cổng', 'đến', 'tới', 'rời', 'rời khỏi', 'vào', 'bên trong']);

/** NONE: a capitalised run read as no entity (a product, weekday, nationality); it only stops later guesses. */
export type RawType = 'PERSON' | 'TITLE' | 'LOCATION' | 'ORGANIZATION' | 'NONE';

export interface RawSpan {
  a: number;
  b: number;
  type: RawType;
  conf: number;
  optional?: boolean;
  modifier?: string;
  loc?: {
    /** Folded unit word ('' for a bare name). */
    unit: string;
    level: UnitLevel | 'bare';
    nameA: number;
    nameB: number;
    foreign?: KnownPlace;
  };
}

/**
 * Lower-case syllables that make a one-syllable country the first half of a common word inside a name
 * ("Trung tâm Pháp ngữ", "Viện Hàn lâm", "Viện Pháp y", "Vụ Pháp chế", "Hội Mỹ thuật"), not the name's end.
 * Keyed by the folded pair; a language/field word after any country ("… ngữ", "… học") is one too.
 */
const COUNTRY_COMPOUND_AFTER = new Set(['ngữ', 'văn', 'học', 'kiều']);
const COUNTRY_COMPOUNDS = new Set([
  'pháp luật', 'pháp y', 'pháp chế', 'pháp lý', 'pháp nhân', 'pháp quyền', 'pháp điển', 'pháp lệnh', 'pháp sư',
  'hàn lâm', 'hàn gắn', 'mỹ thuật', 'mỹ phẩm', 'mỹ nghệ', 'mỹ quan', 'mỹ nữ', 'mỹ tục', 'anh hùng', 'anh ngữ',
  'nhật ký', 'nhật báo', 'nhật thực', 'đức tin', 'đức hạnh', 'áo dài', 'ý kiến', 'ý tưởng', 'ý chí', 'ý thức',
]);
/** Longest unit number after "số" inside an organisation's name ("Đội CSGT số 2"), in digits. */
const MAX_UNIT_NUMBER_DIGITS = 3;
/** Place nouns whose second half is a scope word, followed by the place's name ("Vườn quốc gia Cúc Phương"). */
const PLACE_NOUNS_WITH_SCOPE = new Set(['vườn quốc gia', 'công viên quốc gia', 'di tích quốc gia']);
/** Heads of diplomatic missions, whose name keeps "tại" + the host country or city. */
const MISSION_HEADS = new Set(['đại sứ quán', 'tổng lãnh sự quán', 'lãnh sự quán']);
/** First syllables of the mission heads, the only words where a lower-case mission is tried. */
const MISSION_FIRST = new Set([...MISSION_HEADS].map((h) => h.split(' ')[0]));
/** Lower-case particles of Arabic names ("al-Masri", "bin Salman", "abu Bakr"). */
// Lower-case particles inside foreign names; those of three letters or more also join a following capital
// ("Marieke van Leeuwen", "Ursula von der Leyen").
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'bint', 'van', 'von', 'der', 'den', 'del', 'dos', 'das']);
/** Most lower-case syllables an organisation name may run on after a capitalised one ("Phục vụ hành chính công"). */
const MAX_LOWER_IN_NAME = 4;
/** Longest personal name accepted after a cue (minority names run to five syllables: "Y Thanh Hà Niê Kđăm"). */
const MAX_PERSON_CUED = 5;
/**
 * Last syllables of a monarch's temple name ("Lê Thánh Tông", "Lý Thái Tổ", "Trần Nhân Tông"): surname +
 * honorific syllables + "Tông"/"Tổ". Neither is a given name and the middle ("Thánh", "Thái") may be an honorific
 * cue, which read only the last syllable as the person; three syllables or more with these endings are one name.
 */
const TEMPLE_NAME_ENDINGS = new Set(['tông', 'tổ']);
/** Longest/shortest uncued name starting with a surname. */
const MAX_PERSON_BARE = 4;
/** Most lower-case words between an organisation head and its place or name ("Nhà máy sản xuất … Quảng Ngãi"). */
const MAX_LOWER_BEFORE_NAME = 6;
/** Unit levels the gazetteer lists completely (a name it does not know is no such unit). */
const ADMIN_LEVELS = new Set<UnitLevel>(['province', 'commune', 'district']);
/** Most lower-case words describing an organisation's field before its scope ("đầu tư xây dựng công trình giao thông"). */
const MAX_DESCRIPTIVE = 14;
/** Function words an organisation's description may contain ("các công trình dân dụng và công nghiệp"). */
const TAIL_JOINERS = new Set(['và', 'các']);
/** Words before a unit word that make it a quantity of places ("toàn tỉnh", "cả xã"), not an organisation's scope. */
const QUANTIFIER_BEFORE_SCOPE = new Set(['toàn', 'cả', 'khắp', 'mọi', 'trong', 'ngoài', 'liên']);
/** Second syllables that make a unit word a common noun: "xã hội", "tỉnh ủy", "tỉnh táo", "xã viên", "huyện đội". */
const NOT_SCOPE_AFTER = new Set(['hội', 'ủy', 'táo', 'lỵ', 'lộ', 'viên', 'đội', 'đoàn', 'trưởng', 'nhà']);
/**
 * Two-syllable verbs that end an organisation's name when they follow it in lower case: the sentence has
 * resumed ("Sở Xây dựng | rà soát …", "Quỹ … vùng cao | tài trợ …", "Sở Y tế | giữ chức …"). Two syllables,
 * so nouns sharing the first one ("tài chính", "giữ gìn") are not cut.
 */
const VERBS_AFTER_NAME = new Set(['giữ chức', 'rà soát', 'tài trợ', 'chủ trì', 'phối hợp', 'tổ chức', 'cho biết', 'đề nghị', 'yêu cầu', 'tiếp nhận', 'bàn giao', 'ký kết', 'thông báo', 'đảm nhiệm', 'phụ trách', 'thi công', 'trúng thầu']);
/** Title heads ending with an organisation head word: the name after it is that body's ("Trưởng Ban | Chỉ đạo"). */
const BODY_HEAD_ENDINGS = new Set(['ban', 'phòng', 'khoa', 'vụ', 'cục', 'viện', 'đoàn']);
/** Capitalised heads of economic zones: with a name they are places ("Khu công nghiệp Yên Phong"). */
// Their acronyms too, written in capitals before the name ("KCN Quang Châu", "CCN Phú Thị", "KKT Vân Phong").
const ZONE_HEADS = ['khu công nghiệp', 'cụm công nghiệp', 'khu kinh tế', 'khu chế xuất', 'khu công nghệ cao', 'kcn', 'ccn', 'kkt', 'kcx', 'kcnc'];
/** The zone heads written as acronyms. */
const ZONE_ACRONYMS = new Set(ZONE_HEADS.filter((z) => !z.includes(' ')));
/** Syllable count of each zone head, computed once (the main pass tries them at every capitalised token). */
const ZONE_HEAD_LENGTHS = ZONE_HEADS.map((z) => z.split(' ').length);
/**
 * Common compounds whose second syllable is a unit word: before a number they are a distance or an area, not a
 * numbered street or hamlet ("quãng đường 3-5 km", "chăm sóc 210 ha", "văn bản 12").
 */
const UNIT_AS_SECOND_SYLLABLE = new Set([
  'quãng đường', 'con đường', 'đoạn đường', 'chặng đường', 'cung đường', 'mặt đường', 'làm đường', 'lòng đường',
  'chăm sóc', 'văn bản', 'cơ bản', 'phiên bản', 'kịch bản', 'quảng trường',
]);
/**
 * An organisation head word followed by a lower-case syllable that makes an event, a place or a common noun:
 * "Hội chợ" is a fair, "Hội thi" a contest, "Khoa học" science — no organisation starts there.
 */
export const HEAD_IN_COMMON_NOUN = new Set([
  'hội chợ', 'hội thi', 'hội thảo', 'hội nghị', 'hội diễn', 'hội trại', 'hội đàm', 'hội ngộ', 'hội thao', 'hội giảng',
  'hội chẩn', 'hội viên', 'hội quán', 'hội trường', 'hội sách', 'hội báo', 'hội hoa', 'hội làng', 'hội đua', 'hội khỏe',
  'hội nhập', 'hội tụ', 'hội họa', 'hội chứng', 'khoa học', 'khoa cử', 'khoa bảng',
  // A code of law ("Bộ luật Dân sự", "Bộ luật Hình sự") is a document, troops and an apparatus are no ministry.
  'bộ luật', 'bộ đội', 'bộ máy', 'bộ phim', 'bộ sưu',
]);
/** Heads of a village: the capitalised name after them is the village ("Trưởng bản Huổi Lèng"). */
const VILLAGE_HEAD_TITLES = new Set(['trưởng bản', 'trưởng thôn', 'trưởng ấp', 'trưởng xóm', 'trưởng buôn', 'trưởng làng', 'trưởng khóm', 'già làng']);
/** Party committees below the province, named with the bare name of their district or town ("Huyện ủy Yên Minh"). */
const LOCAL_COMMITTEES = new Set(['huyện ủy', 'thị ủy', 'quận ủy', 'thành ủy']);
/** Most earlier conjuncts looked through to find the people word opening a list of ethnic groups. */
const MAX_LIST_CONJUNCTS = 8;
/**
 * Lower-case place nouns before a capitalised name, read as one place even when the name is a person's or a
 * foreign word ("hang Sơn Đoòng", "đỉnh Fansipan", "kênh đào Suez", "ga Shibuya", "đền Trần Hưng Đạo", "lăng Tự
 * Đức"); the noun is part of the span, as for streets and passes. They are the lexicon's geo units
 * (data-sources/compiled, locationUnits.geo) plus these few the unit list leaves out on purpose, because as
 * unit words elsewhere they would cut names or common words ('đình' is the commonest middle name, 'biển' ends
 * "ven biển", "cáp quang biển"); here they only ever open a place when lower-case and before a capital.
 */
const EXTRA_PLACE_HEADS = new Set(['sa mạc', 'đình', 'biển', 'vũng', 'thành cổ']);
/** Two-syllable words whose second syllable is also a unit word; after the first, it is no unit (see parseLocation). */
// "nhà xuất bản Elsevier", "văn bản", "phiên bản": "bản" (a highland village) closing a common word.
const NOT_UNIT_AFTER = new Set([
  'liên bang', 'đồng hồ', 'ven biển', 'chính phủ', 'bao phủ', 'che phủ', 'xuất bản', 'văn bản', 'phiên bản', 'kịch bản', 'tái bản', 'nguyên bản', 'cơ bản', 'căn bản', 'nông thôn', 'khai thác',
  // "yêu cầu Hà Nội …", "nhu cầu Trung Quốc", "điểm cầu Thanh Hóa" (a video conference's site): no bridge.
  'yêu cầu', 'nhu cầu', 'toàn cầu', 'khẩn cầu', 'điểm cầu', 'đầu cầu', 'biên bản',
  // "vùng núi Thanh Hóa", "miền núi Nghệ An": the uplands of the province, not a mountain named after it.
  'vùng núi', 'miền núi', 'đồi núi', 'vùng đồi', 'vùng biển',
]);
/** Place nouns whose name alone is the place (the noun says what is there, not which place): "trại tị nạn Galang", "trạm Phú Ốc". */
const PLACE_HEADS_OUTSIDE = new Set(['trại tị nạn', 'trạm', 'trạm thủy văn']);
/** Longest place noun placeHeadAt tries, in syllables (longer geo heads are facility names parseLocation reads). */
const MAX_PLACE_HEAD = 3;

/** Korean surnames in their usual romanisation, folded: they open "Surname Given-name" ("Park Ji-sung"). */
const KOREAN_SURNAMES = new Set([
  'kim', 'lee', 'park', 'choi', 'jung', 'jeong', 'kang', 'cho', 'yoon', 'yun', 'jang', 'lim', 'han', 'oh', 'seo', 'shin',
  'kwon', 'hwang', 'ahn', 'song', 'yoo', 'hong', 'jeon', 'ko', 'moon', 'yang', 'son', 'bae', 'baek', 'heo', 'nam', 'noh',
  'roh', 'ha', 'ryu', 'chung', 'woo', 'byun', 'im', 'jin', 'min', 'ju', 'na', 'cha', 'go', 'um', 'gil',
]);
/** Longest storm name after "bão", in syllables ("Yagi", "Wipha", "Kalmaegi"; Vietnamese-named ones are one or two). */
const MAX_STORM_NAME = 2;
/** Longest capitalised run read as one foreign-style company name ("Kansai Digital Networks Group"). */
const MAX_RUN_BRAND = 5;
/** Longest place name after a unit word. */
const MAX_PLACE_NAME = 5;

/** Read unknown mid-sentence acronyms as organisations here. Off: candidates.ts does it after every other reading had its chance. */
const ACRONYM_ORG = false;
const ROMAN = /^[ivxlcdm]+$/;

/** Model suffixes after a product name or number ("iPhone 8 Plus", "Galaxy Note 8 Pro"). */
const MODEL_SUFFIX = new Set(['plus', 'pro', 'max', 'mini', 'ultra', 'lite', 'note']);
/** Capitalised words after "thứ", "tháng", "mùa" that name a weekday, month or season ("thứ Hai", "tháng Mười", "mùa Đông"). */
const CALENDAR_WORDS = new Set(['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'một', 'mười', 'mốt', 'chạp', 'giêng', 'xuân', 'hạ', 'hè', 'thu', 'đông', 'nhật']);
const CALENDAR_BEFORE = new Set(['thứ', 'tháng', 'mùa', 'chủ', 'vụ']); // "vụ Đông Xuân", "vụ Hè Thu": crop seasons
/**
 * Dynasties and eras: "triều Nguyễn", "thời Lý", "nhà Trần", "quân Nguyên" name a dynasty (or its army), not a
 * person, though the name is a surname or a given name. After the strong cues (triều, quân…) any dynasty name;
 * after "thời", "đời", "nhà" only names that are not common given names ("nhà Minh" is Minh's house).
 */
const DYNASTY_STRONG_BEFORE = new Set(['triều', 'vương triều', 'triều đại', 'quân', 'giặc', 'nhà nước']);
const DYNASTY_WEAK_BEFORE = new Set(['thời', 'đời', 'nhà', 'thời kỳ', 'cuối thời', 'đầu thời']);
const DYNASTIES_PLAIN = new Set([
  'ngô', 'đinh', 'tiền lê', 'lý', 'trần', 'hồ', 'hậu lê', 'lê', 'lê sơ', 'lê trung hưng', 'mạc', 'tây sơn', 'nguyễn', 'trịnh',
  'tần', 'hán', 'tống', 'đường', 'đông hán', 'tây hán', 'nam tống', 'bắc tống', 'chu', 'tiền lý', 'hậu trần',
  // Southern Han, the Chinese dynasty of the Bạch Đằng battle of 938 ("quân Nam Hán"): not a person "Nam Hán".
  'nam hán',
]);
/** Dynasty names that are also common given names: a dynasty after the strong cues only. */
const DYNASTIES_GIVEN = new Set(['minh', 'thanh', 'nguyên', 'tùy', 'thương']);
/** Longest dynasty name, in syllables. */
const MAX_DYNASTY = 3;
/** Capitalised ranks after "hạng", "giải" ("hạng Ba", "giải Nhì", "Huân chương Lao động hạng Nhất"): an ordinal, not a name. */
const RANK_BEFORE = new Set(['hạng', 'giải', 'loại']);
const RANK_WORDS = new Set(['nhất', 'nhì', 'ba', 'tư', 'năm', 'bét']);
/** Compass words: a region after a verb of motion ("vào Nam", "ra Bắc"), nothing after "phía", "hướng", "cực". */
const COMPASS = new Set(['nam', 'bắc', 'trung', 'đông', 'tây']);
const COMPASS_PLACE_BEFORE = new Set(['vào', 'ra', 'đi', 'ở', 'từ', 'về', 'ngoài', 'trong', 'khắp']);
const COMPASS_NONE_BEFORE = new Set(['phía', 'hướng', 'cực', 'mạn', 'cánh', 'phương']);
/**
 * Last words that make a capitalised run a company's name in any language ("Samsung Electronics", "Amkor
 * Technology", "Mekong Play Capital", "Lotte Cinema"): a corporate form or an industry word. Folded. "air",
 * "bike", "shop" are left out: they end product and model names too ("Air Blade", "FPT Shop" is a store chain
 * known by name).
 */
export const CORPORATE_SUFFIX = new Set([
  'group', 'holdings', 'holding', 'corporation', 'corp', 'company', 'inc', 'ltd', 'limited', 'partners', 'capital',
  'ventures', 'investment', 'investments', 'securities', 'bank', 'fund', 'technology', 'technologies', 'tech',
  'electronics', 'motors', 'motor', 'automotive', 'airlines', 'airways', 'logistics', 'solutions', 'systems',
  'software', 'networks', 'labs', 'studios', 'games', 'media', 'entertainment', 'pictures', 'cinema', 'cinemas',
  'hospitality', 'hotels', 'resorts', 'foods', 'pharma', 'pharmaceuticals', 'energy', 'industries',
  'semiconductor', 'semiconductors', 'robotics', 'security', 'optics', 'consulting', 'insurance', 'telecom',
  'shipping', 'vina',
]);
/** A local subsidiary named brand + country ("Honda Việt Nam", "Samsung Vietnam"): the company, not a place. */
const SUBSIDIARY_COUNTRY = new Set(['việt nam', 'vietnam']);

/** Words before a people's or language's name ("dân tộc Thái", "tiếng Anh", "người Mỹ"): a nationality, not a place. */
const PEOPLE_BEFORE = new Set(['dân tộc', 'đồng bào', 'tộc người', 'bộ tộc', 'sắc tộc', 'tiếng', 'người', 'bộ lạc']);

/**
 * Lower-case nouns the VLSP gold keeps inside an organisation's span when a capitalised name follows
 * ("báo Tuổi Trẻ", "đảng Dân chủ Tự do", "tập đoàn Unilever", "nhà máy Z129"); "hãng", "công ty" stay outside.
 */
const ORG_NOUN_IN_SPAN = new Set(['báo', 'đảng', 'tập đoàn', 'nhà máy']);

/** Military formations named by a number, often written lower-case ("sư đoàn 2", "tiểu đoàn 202"). */
const MILITARY_UNITS = new Set(['quân khu', 'quân đoàn', 'sư đoàn', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'hải đoàn', 'hạm đội', 'vùng hải quân']);

/**
 * First syllables of the multi-syllable phrases of a set. The main pass tests two-token keys at most tokens;
 * a key can only be in the set when its first word is one of these, so the key string is built only then.
 */
const firstSyllables = (set: Set<string>): Set<string> => new Set([...set].map((p) => p.split(' ')[0]));
const VERBS_AFTER_NAME_FIRST = firstSyllables(VERBS_AFTER_NAME);
const ORG_NOUN_IN_SPAN_FIRST = firstSyllables(ORG_NOUN_IN_SPAN);
const MILITARY_UNITS_FIRST = firstSyllables(MILITARY_UNITS);

/** Words after which a capitalised run is a place, not a person met by given name ("tại Hội An", "khu vực Hạ Thanh"). */
const STRONG_PLACE_BEFORE = new Set(['tại', 'ở', 'khu vực', 'vùng', 'thuộc', 'nằm ở', 'đặt tại', 'địa bàn']);

/** An abbreviated given name ("Th.", "Nh.", "D."): one consonant or a consonant digraph, written before a dot. */
const INITIAL = /^(?:[bcdđghklmnpqrstvx]|[ckgnpt]h|tr|ng)$/;

/** Title-trie filters, hoisted so parseTitle allocates no closure per token. */
const notFull = (v: TitleKind): boolean => v !== 'F';
const isFull = (v: TitleKind): boolean => v === 'F';

const TITLE_STRENGTH: Record<TitleKind, number> = { F: 5, S: 4, R: 3, N: 2, O: 1 };
const ORG_STRENGTH: Record<OrgKind, number> = { standalone: 4, national: 4, scoped: 3, named: 2, optional: 1 };
/** Scoped heads too generic to be an organisation without a place or name ("Công an" alone). */
const GENERIC_SCOPED = new Set(['công an', 'văn phòng', 'thanh tra', 'hội đồng', 'ban quản lý', 'chi bộ', 'ban chỉ đạo', 'ban tổ chức', 'ban chấp hành', 'ban thường vụ', 'bảo hiểm xã hội', 'đảng ủy', 'đảng bộ', 'mặt trận tổ quốc']);

export function scan(toks: Tok[]): RawSpan[] {
  const lex = getLexicon();
  const idx = getIndex();
  const n = toks.length;
  const out: RawSpan[] = [];

  const isCapWord = (j: number): boolean => j < n && toks[j].word && toks[j].cap;
  const headKey = (a: number, b: number): string => joinWords(toks, a, b);
  /**
   * The word at j cannot continue a compound: punctuation, the end, or a function word. A capitalised
   * syllable followed by a lower-case content syllable is usually a capitalised common word ("Anh hùng",
   * "Nghị quyết", "Đại hội"), not a name.
   */
  const endsPhrase = (j: number): boolean => j >= n || !toks[j].word || toks[j].cap || toks[j].w === 'và' || lex.stopFunction.has(toks[j].w);

  const orgAt = (j: number): { end: number; kind: OrgKind } | null => {
    if (!isCapWord(j)) return null;
    const m = lex.orgs.longest(toks, j);
    if (!m) return null;
    if (m.end === j + 1 && m.end < n && toks[m.end].word && !toks[m.end].cap && HEAD_IN_COMMON_NOUN.has(`${toks[j].w} ${toks[m.end].w}`)) return null;
    // A known place that begins with the head word and runs past it is the place: "Đài Loan", "Đài Bắc"
    // (not the broadcaster head "Đài" + a name).
    const place = lex.foreign.longest(toks, j);
    if (place && place.end > m.end) return null;
    let kind = m.vals[0];
    for (const v of m.vals) if (ORG_STRENGTH[v] > ORG_STRENGTH[kind]) kind = v;
    return { end: m.end, kind };
  };
  const titleStartsAt = (j: number): boolean => {
    if (j >= n || !toks[j].word) return false;
    if (lex.titles.longest(toks, j)) return true;
    const p = lex.titlePrefix.longest(toks, j);
    return !!p && !!lex.titles.longest(toks, p.end);
  };
  const unitAt = (j: number) => (j < n && toks[j].word ? lex.units.longest(toks, j) : null);
  const provinceAt = (j: number) => (isCapWord(j) ? idx.names.longest(toks, j, (v) => isProvinceRef(v)) : null);

  /** Consecutive capitalised syllables from j (at most max). */
  const capRun = (j: number, max: number): number => {
    let k = j;
    while (k < n && k - j < max && isCapWord(k)) k++;
    return k - j;
  };

  /**
   * An Arabic name particle at j and the capitalised name it joins: "al-Masri" (glued by a hyphen), "bin
   * Salman" (a separate word). Returns the end, or -1. The particles are no Vietnamese words.
   */
  const particleAt = (j: number): number => {
    if (j + 1 >= n || !toks[j].word || toks[j].cap || !NAME_PARTICLES.has(toks[j].w)) return -1;
    if (toks[j + 1].w === '-' && j + 2 < n && toks[j + 1].s === toks[j].e && toks[j + 2].s === toks[j + 1].e && isCapWord(j + 2)) return j + 3;
    // One particle or a chain of them ("von der Leyen"), then the capitalised name.
    let p = j;
    while (p < n && toks[p].word && !toks[p].cap && toks[p].w.length >= 3 && NAME_PARTICLES.has(toks[p].w) && p - j < 3) p++;
    if (p > j && isCapWord(p) && !toks[p].up && (p - j >= 2 || !isVietSyllable(toks[p].w))) return p + 1;
    return -1;
  };

  /**
   * A Korean name: a surname and a hyphenated given name ("Kim Min-seok", "Oh Jae-hyun"). The hyphen glues a
   * lower-case syllable, which every other reading stops at, so the name was cut or dropped. Returns the end, or -1.
   */
  const koreanNameAt = (j: number): number => {
    if (j + 3 >= n || !isCapWord(j) || toks[j].up || !KOREAN_SURNAMES.has(toks[j].w)) return -1;
    const g = toks[j + 1];
    const h = toks[j + 2];
    const z = toks[j + 3];
    if (!isCapWord(j + 1) || g.up || h.w !== '-' || h.s !== g.e || z.s !== h.e || !z.word || z.cap || z.num) return -1;
    return /^[a-z]{2,5}$/.test(z.w) && /^[a-z]{2,5}$/.test(g.w) ? j + 4 : -1;
  };

  /** A personal name starts at j: a surname followed by 1–3 more capitalised syllables that end the run. */
  const looksLikePerson = (j: number): boolean => {
    if (!isCapWord(j) || toks[j].up || !lex.surnames.has(toks[j].w)) return false;
    const r = capRun(j, MAX_PERSON_BARE + 1);
    return r >= 2 && r <= MAX_PERSON_BARE;
  };

  /** Start of something that ends an organisation name: an attached body, a province, a place with unit word. */
  const isScopeStart = (j: number): boolean => {
    const o = orgAt(j);
    if (o && (o.kind === 'standalone' || o.kind === 'scoped' || o.kind === 'national')) return true;
    if (provinceAt(j)) return true;
    const f = isCapWord(j) ? lex.foreign.longest(toks, j) : null;
    return !!f && f.vals[0].level === 'country';
  };

  /** Token j is the second or third syllable of a known noun ("dân sự", "quân sự", "chuyển đổi số"). */
  const inNominal = (j: number): boolean => {
    for (let d = 1; d <= 2 && j - d >= 0; d++) {
      const m = toks[j - d].word ? lex.nominal.longest(toks, j - d) : null;
      if (m && m.end > j) return true;
    }
    return false;
  };
  /**
   * A scope word at j ("tỉnh", "xã", "quốc gia") that is not the first syllable of a longer noun: a street or
   * road ("tỉnh lộ"), or a common word ("xã hội", "tỉnh ủy", "xã viên").
   */
  const bareScopeAt = (j: number): boolean => {
    const w = j < n && toks[j].word ? lex.orgScope.longest(toks, j) : null;
    if (!w) return false;
    if (w.end === j + 1 && !toks[j].up && lex.orgScopeCapsOnly.has(toks[j].w)) return false;
    const u = unitAt(j);
    if (u && u.vals[0] === 'geo' && u.end > w.end) return false;
    const nx = w.end < n ? toks[w.end] : null;
    return !(nx && nx.word && !nx.cap && NOT_SCOPE_AFTER.has(nx.w));
  };

  // ------------------------------------------------------------------ LOCATION
  interface Loc {
    end: number;
    span: RawSpan;
  }
  const parseLocation = (i: number, levels?: Set<UnitLevel>): Loc | null => {
    const u = unitAt(i);
    if (!u) return null;
    const level = u.vals[0];
    if (levels && !levels.has(level)) return null;
    // Street/river/village words are ordinary nouns; capitalised they are usually a name ("Hồ", "Đường").
    const k = u.end;
    // … but a numbered national or provincial road is a name however it is capitalised ("Quốc lộ 12A").
    const numberedRoad = k < n && toks[k].num && /^(quốc lộ|tỉnh lộ)$/.test(headKey(i, k));
    // A head of two syllables or more is a facility's name capitalised ("Cảng hàng không quốc tế Phú Bài").
    const longGeoHead = level === 'geo' && u.end - i >= 2;
    if ((level === 'geo' || level === 'village') && toks[i].cap && !toks[i].ss && !numberedRoad && !longGeoHead) return null;
    // "kênh CNN", "Kênh VTV1": a channel named by its broadcaster's acronym is a television channel, not a canal.
    if (u.end === i + 1 && toks[i].w === 'kênh' && k < n && toks[k].word && toks[k].up) return null;
    if (k >= n) return null;
    // The unit word is the second half of a common word: "liên bang Mỹ" (the federation, not a state),
    // "đồng hồ Casio" (a clock, not a lake), "ven biển Phú Yên" (coastal Phú Yên, not its sea).
    if (i > 0 && NOT_UNIT_AFTER.has(`${toks[i - 1].w} ${toks[i].w}`)) return null;
    let end = -1;
    // "các tỉnh Bắc Trung Bộ": a region after an administrative unit word says which provinces; the unit word is
    // the counted noun and the region alone is the place.
    if (ADMIN_LEVELS.has(level) && isCapWord(k)) {
      const region = lex.foreign.longest(toks, k, (v) => v.level === 'region');
      const unit = region ? idx.names.longest(toks, k) : null;
      if (region && region.end - k >= 2 && !(unit && unit.end >= region.end)) {
        return { end: region.end, span: { a: k, b: region.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: k, nameB: region.end, foreign: region.vals[0] } } };
      }
    }
    if (isCapWord(k)) {
      const run = capRun(k, MAX_PLACE_NAME);
      // "tỉnh" names a province: a commune that happens to share the first syllables of a name is no reading.
      const unitWord = headKey(i, u.end);
      const known = idx.names.longest(toks, k, unitWord === 'tỉnh' ? (v) => isProvinceRef(v) : undefined);
      // A street or landmark named after a person ("đường Phan Văn Trị") is not a unit ("Phan") + a person.
      const streetAfterPerson = level === 'geo' && looksLikePerson(k);
      if (known && !streetAfterPerson && (known.end - k >= run || looksLikePerson(known.end) || titleStartsAt(known.end) || orgAt(known.end))) end = known.end;
      else if (titleStartsAt(k) || orgAt(k)) {
        // A title or another body after the unit word ("Công an tỉnh | Đại tá …", "yêu cầu | Sở Xây dựng"):
        // the unit word closed the phrase before it, or was no unit word at all.
        return null;
      } else if (ADMIN_LEVELS.has(level) && looksLikePerson(k)) {
        // The gazetteer knows every province, commune and former district/commune, so an unknown
        // surname-led name after an administrative unit word is the person the title belongs to
        // ("Chủ tịch UBND tỉnh Lê Hồng Vinh", "Chủ tịch UBND TP Nguyễn Văn Được"), not a place.
        return null;
      } else {
        end = k + run;
        // A name right after the place ("tỉnh Thanh Hóa Đỗ Trọng Hưng") is not part of it. But a name that
        // itself opens with a surname is a place named after a person ("đường Nguyễn Hữu Thọ", "phố Lê Văn
        // Lương"), and a street/river word keeps a two-syllable-or-longer name ("phố Đại Cồ Việt", "đường Nơ
        // Trang Long"): a person written right after a street is unheard of, so no split leaves one syllable.
        const namedAfterPerson = looksLikePerson(k);
        // A known foreign province or city ends the name ("tỉnh Chiang Mai | Somsak Kittiwong"): the capitals
        // after it are the official the place belongs to, whatever their first syllable ("Mai" is a surname too).
        const foreignName = lex.foreign.longest(toks, k);
        const foreignEnd = foreignName && foreignName.end < k + run && !isVietSyllable(toks[foreignName.end].w) ? foreignName.end : -1;
        if (foreignEnd > 0) end = foreignEnd;
        for (let p = k + 1; p < k + run && !namedAfterPerson && foreignEnd < 0; p++) {
          if (level === 'geo' && p - k < 2) continue;
          if (looksLikePerson(p) && p + capRun(p, MAX_PERSON_BARE + 1) === k + run) {
            end = p;
            break;
          }
        }
      }
    } else if (toks[k].num && i > 0 && toks[i - 1].word && !toks[i - 1].cap && UNIT_AS_SECOND_SYLLABLE.has(`${toks[i - 1].w} ${toks[i].w}`)) {
      return null;
    } else if (toks[k].num && level !== 'province' && level !== 'geo') {
      end = k + 1; // phường 12, tổ dân phố 3
    } else if (toks[k].num && level === 'geo' && /^(quốc lộ|tỉnh lộ|đường)$/.test(headKey(i, u.end))) {
      end = k + 1;
      if (end < n && toks[end].word && toks[end].cap && toks[end].w.length <= 2 && toks[end].s === toks[k].e) end++;
      // Streets named by a date: "đường 3 Tháng 2", "đường 30 Tháng 4" — the month is part of the name.
      else if (end + 1 < n && toks[end].cap && toks[end].w === 'tháng' && toks[end + 1].num && toks[end + 1].word) end += 2;
    }
    if (end <= k) return null;
    return { end, span: { a: i, b: end, type: 'LOCATION', conf: 0.9, loc: { unit: headKey(i, u.end), level, nameA: k, nameB: end } } };
  };

  /**
   * A numbered alley and the street it opens on, as one place: "hẻm 51 Trần Hưng Đạo", "kiệt 14 đường Nguyễn
   * Chí Thanh", "ngõ 12 phố Huế" (corpus convention: the alley word, its number and the street are one LOC).
   * Without it the street alone was read as a person ("hẻm 42 [Lê Quang Định]"). A house number ("số 8 phố
   * Hàng Bài") stays outside the street, as the corpus writes it.
   */
  const numberedAlleyAt = (i: number): RawSpan | null => {
    if (!ALLEY_HEADS.has(toks[i].w) || i + 2 >= n || !toks[i + 1].num || !toks[i + 1].word) return null;
    let k = i + 2;
    // "hẻm 51/3": a sub-alley's number written after a slash.
    while (k + 1 < n && toks[k].w === '/' && toks[k].s === toks[k - 1].e && toks[k + 1].num && toks[k + 1].s === toks[k].e) k += 2;
    let end = -1;
    const street = k < n && toks[k].word && !toks[k].cap ? parseLocation(k, GEO_LEVEL) : null;
    if (street && STREET_HEADS.has(street.span.loc!.unit)) end = street.end;
    else if (isCapWord(k) && !toks[k].up && !orgAt(k) && !titleStartsAt(k)) end = k + capRun(k, MAX_PLACE_NAME);
    if (end <= k) return null;
    return { a: i, b: end, type: 'LOCATION', conf: 0.85, loc: { unit: toks[i].w, level: 'geo', nameA: k, nameB: end } };
  };

  /**
   * A house number then a street named after a person, in an address ("ở số 66 Nguyễn Thái Học", "địa chỉ số 5
   * Lê Lợi"): the street is a place, not the person (the number stays outside, as the corpus writes it). Only
   * after a place word, so a shirt number before a player ("áo số 10 Nguyễn Quang Hải") keeps the person.
   */
  const houseNumberStreetAt = (i: number): RawSpan | null => {
    if (toks[i].w !== 'số' || toks[i].cap || i + 2 >= n || !toks[i + 1].num || !toks[i + 1].word) return null;
    if (!(placeCueBefore(i) || prevWords(i, 2) === 'địa chỉ')) return null;
    let k = i + 2;
    while (k + 1 < n && toks[k].w === '/' && toks[k].s === toks[k - 1].e && toks[k + 1].num && toks[k + 1].s === toks[k].e) k += 2;
    if (!isCapWord(k) || toks[k].up || !looksLikePerson(k) || orgAt(k) || titleStartsAt(k)) return null;
    const end = k + capRun(k, MAX_PLACE_NAME);
    return { a: k, b: end, type: 'LOCATION', conf: 0.8, loc: { unit: '', level: 'geo', nameA: k, nameB: end } };
  };

  // ------------------------------------------------------------------ ORGANIZATION
  interface Parsed {
    end: number;
    spans: RawSpan[];
  }

  /** Capitalised name of an organisation after its head ("Tuyên giáo và Dân vận", "Phục vụ hành chính công"). */
  const parseName = (k: number, inTitle: boolean): number => {
    let j = k;
    let last = k;
    let lower = 0;
    let prevCap = false;
    // Capitalised syllables in a row (acronyms apart): two or more, or one foreign word, make a proper name
    // ("Trường Sơn", "Pepsi"), after which a lower-case word is the sentence again ("Công ty Trường Sơn dựng …").
    // Descriptive names capitalise their first syllable only ("Học viện Kỹ thuật quân sự").
    let proper = 0;
    /** End of the last capitalised syllable: lower-case words after it belong to the name only if it goes on. */
    let capEnd = k;
    while (j < n) {
      const t = toks[j];
      if (t.word && (t.cap || (t.num && j === k))) {
        // Lower-case words then a title: a verb phrase between a body and a post ("Sở Y tế giữ chức Giám đốc …").
        if (j > k && !prevCap && titleStartsAt(j) && !orgAt(j)) return capEnd;
        if (j > k && isScopeStart(j)) break;
        // After a number designation another head starts the next body: "Sư đoàn 2 | Quân khu 5".
        if (j > k && toks[j - 1].num && orgAt(j)) break;
        if (inTitle && j > k && looksLikePerson(j)) break;
        // A new named body ("… phối hợp Phòng Văn hóa") — but a head word before a lower-case syllable is a
        // common noun inside this name ("Ban Chỉ huy Phòng thủ dân sự").
        if (j > k && !prevCap) {
          const o = orgAt(j);
          if (o?.kind === 'named' && o.end < n && toks[o.end].word && (toks[o.end].cap || toks[o.end].num)) break;
        }
        // A number closes a designation ("Lữ đoàn 196", "Quân khu 4"): lower-case words after it are the sentence.
        proper = t.num ? 2 : t.up ? 0 : proper + (isVietSyllable(t.w) ? 1 : 2);
        // A one-syllable country closing the capitals ("Quân đội Nga", "Chính phủ Pháp") is a whole proper name
        // like a two-syllable one: lower-case words after it are the sentence ("… Nga | rút quân"), except a
        // language/field word that makes it a compound ("Trung tâm Pháp ngữ").
        if (!t.up && !t.num && proper === 1 && !isCapWord(j + 1) && j + 1 < n && toks[j + 1].word && !COUNTRY_COMPOUND_AFTER.has(toks[j + 1].w) && !COUNTRY_COMPOUNDS.has(`${t.w} ${toks[j + 1].w}`)) {
          const f = lex.foreign.longest(toks, j);
          if (f && f.end === j + 1 && f.vals[0].level === 'country') proper = 2;
        }
        j++;
        last = j;
        capEnd = j;
        lower = 0;
        prevCap = true;
        continue;
      }
      if (j === k) break;
      if (t.word && (t.w === 'và' || t.w === '&') || t.w === '-' || t.w === '–') {
        // A hyphen between two capitalised names joins one place's double name ("Phong Nha - Kẻ Bàng"), even when
        // the second half looks like a person's name.
        const pair = (t.w === '-' || t.w === '–') && !inTitle && prevCap && isCapWord(j + 1) && capRun(j + 1, 3) <= 2;
        if (isCapWord(j + 1) && !orgAt(j + 1) && !titleStartsAt(j + 1) && (pair || !looksLikePerson(j + 1))) {
          j++;
          prevCap = false;
          proper = 0;
          continue;
        }
        break;
      }
      if (t.w === ',') {
        // "Sở Văn hóa, Thể thao và Du lịch": a comma inside a name is followed by "X và Y".
        let ok = false;
        if (isCapWord(j + 1) && !orgAt(j + 1) && !titleStartsAt(j + 1) && !looksLikePerson(j + 1)) {
          for (let p = j + 2; p < Math.min(n, j + 5); p++) {
            if (toks[p].w === 'và' && isCapWord(p + 1)) ok = true;
            if (!toks[p].word) break;
          }
        }
        if (!ok) break;
        j++;
        prevCap = false;
        proper = 0;
        continue;
      }
      if (t.word && !t.cap) {
        // A school or unit numbered after its name, then punctuation: "Trường Tiểu học Mường Lống 1, xã …".
        // (A word after the number makes it a count: "Kim Đồng 2 năm liền".)
        if (t.num && prevCap && t.w.length <= 2 && (j + 1 >= n || (!toks[j + 1].word && !(toks[j + 1].s === t.e && j + 2 < n && toks[j + 2].num && toks[j + 2].s === toks[j + 1].e)))) {
          j++;
          last = j;
          capEnd = j;
          break;
        }
        if (proper >= 2) break;
        // "Đội CSGT số 2", "Đội CSGT đường bộ cao tốc số 5": a unit's number closes its name. A document number
        // ("số 123/SYT") is glued to a slash and stays outside.
        if (t.w === 'số' && j > k && j + 1 < n && toks[j + 1].num && toks[j + 1].word && toks[j + 1].w.length <= MAX_UNIT_NUMBER_DIGITS && !(j + 2 < n && !toks[j + 2].word && '/-.'.includes(toks[j + 2].w) && toks[j + 2].s === toks[j + 1].e)) {
          j += 2;
          last = j;
          capEnd = j;
          break;
        }
        if (j + 1 < n && VERBS_AFTER_NAME_FIRST.has(toks[j].w) && VERBS_AFTER_NAME.has(headKey(j, j + 2))) break;
        // A small number after lower-case words closes a descriptive name ("… công trình giao thông 8").
        if (t.num && !prevCap && lower > 0 && t.w.length <= MAX_UNIT_NUMBER_DIGITS && !(j + 1 < n && !toks[j + 1].word && '/-.,'.includes(toks[j + 1].w) && toks[j + 1].s === t.e)) {
          j++;
          last = j;
          capEnd = j;
          break;
        }
        if (lex.stopFunction.has(t.w) && !inNominal(j)) break;
        // A verb-like syllable inside a noun compound ("trình" in "công trình") goes on with the name.
        if (!prevCap && lex.stopVerbish.has(t.w) && !lex.nominal.longest(toks, j) && !inNominal(j)) break;
        const u = unitAt(j);
        if (u && isCapWord(u.end)) {
          // One capitalised head syllable then a place noun of two syllables or more and its name: the place is
          // what the body is named after ("Ban Quản lý Khu di tích lịch sử Đền Hùng"), so it closes the name.
          const place = j === k + 1 && proper === 1 && u.vals[0] === 'geo' && u.end - j >= 2 ? parseLocation(j) : null;
          if (place) {
            last = place.end;
            capEnd = place.end;
          }
          break;
        }
        // "Vườn quốc gia Phong Nha": a scope word that is half of a place noun before a name does not close it.
        if (bareScopeAt(j) && !(j > k && isCapWord(j + 2) && PLACE_NOUNS_WITH_SCOPE.has(headKey(j - 1, j + 2)))) break;
        if (!prevCap && titleStartsAt(j)) break;
        // A noun compound's second syllable does not count again ("công trình giao thông" is two words).
        if (!inNominal(j) && ++lower > MAX_LOWER_IN_NAME) break;
        j++;
        last = j;
        prevCap = false;
        proper = 0;
        continue;
      }
      break;
    }
    return last;
  };

  /** A body or place an organisation/title is attached to: "Tỉnh ủy", "HĐND tỉnh", "xã Hà Trung", "tỉnh", "Thanh Hóa". */
  const parseScope = (k: number, depth: number): Parsed | null => {
    if (k >= n) return null;
    const o = orgAt(k);
    if (o && (o.kind === 'standalone' || o.kind === 'scoped' || o.kind === 'national') && depth < 3) {
      const p = parseOrg(k, false, depth + 1);
      if (p) return p;
    }
    const loc = parseLocation(k, new Set<UnitLevel>(['province', 'commune', 'district', 'village']));
    if (loc) return { end: loc.end, spans: [loc.span] };
    const pv = provinceAt(k);
    if (pv) return { end: pv.end, spans: [{ a: k, b: pv.end, type: 'LOCATION', conf: 0.9, loc: { unit: '', level: 'bare', nameA: k, nameB: pv.end } }] };
    if (isCapWord(k)) {
      const f = lex.foreign.longest(toks, k);
      // Ambiguous country names ("Anh", "Nhật") are the country when they close an organisation's name.
      // A one-syllable one before a lower-case word that makes no compound with it closes the name too:
      // "Bộ Quốc phòng Nga | điều thêm quân" (not "Pháp | luật").
      const closes = f && f.end === k + 1 && f.end < n && toks[f.end].word && !toks[f.end].cap && !toks[f.end].num && !COUNTRY_COMPOUND_AFTER.has(toks[f.end].w) && !COUNTRY_COMPOUNDS.has(`${toks[k].w} ${toks[f.end].w}`);
      // A territory or foreign city with its own administration closes a body's name like a country: "Bộ Y tế
      // Gaza", "Sở Cảnh sát New York" (one body, as "Bộ Ngoại giao Mỹ"), not a bare ministry plus a place.
      const territory = !!f && depth === 0 && f.vals.every((v) => !v.ambiguous) && f.vals.some((v) => v.level === 'region' || v.level === 'foreign-city');
      if (f && (territory || (f.vals[0].level === 'country' && (!f.vals[0].ambiguous || (depth === 0 && (endsPhrase(f.end) || closes))))))
        return { end: f.end, spans: [{ a: k, b: f.end, type: 'LOCATION', conf: 0.9, loc: { unit: '', level: 'bare', nameA: k, nameB: f.end, foreign: f.vals[0] } }] };
    }
    const w = bareScopeAt(k) ? lex.orgScope.longest(toks, k) : null;
    // A bare unit word closes the body when a person's name or a title follows: "UBND tỉnh" + "Lê Hồng Vinh".
    if (w && (!isCapWord(w.end) || looksLikePerson(w.end) || titleStartsAt(w.end))) {
      let end = w.end;
      if (headKey(k, w.end) === 'khu vực' && end < n && toks[end].word && (toks[end].num || toks[end].up)) end++;
      return { end, spans: [] };
    }
    return null;
  };

  /**
   * Lower-case words saying what an organisation does, closed by the body's scope: "Ban Quản lý dự án" +
   * "đầu tư xây dựng công trình giao thông" + "tỉnh". Nouns only: a function word or a verb (unless it opens a
   * known noun such as "đầu tư", "giao thông") means the sentence has resumed. Returns where the scope starts, or -1.
   */
  const descriptiveTail = (k: number, depth: number): number => {
    let j = k;
    // Most Vietnamese nouns have two syllables: a verb-like syllable is only a verb where a word starts
    // (at k, after a known compound, after a pair); as a second syllable it ends a noun ("công trình", "cơ quan").
    let wordStart = true;
    // A zone's acronym stands for its lower-case words ("Ban Quản lý các KCN tỉnh Bắc Ninh").
    while (j < n && j - k < MAX_DESCRIPTIVE && toks[j].word && ((!toks[j].cap && !toks[j].num) || (toks[j].up && ZONE_ACRONYMS.has(toks[j].w)))) {
      if (j > k && !QUANTIFIER_BEFORE_SCOPE.has(toks[j - 1].w) && bareScopeAt(j) && parseScope(j, depth)) return j;
      // "… xây dựng các công trình dân dụng và công nghiệp tỉnh": inside the description these are part of it.
      if (j > k && TAIL_JOINERS.has(toks[j].w)) {
        j++;
        wordStart = true;
        continue;
      }
      if (wordStart && lex.stopFunction.has(toks[j].w)) return -1;
      if (wordStart && j + 1 < n && VERBS_AFTER_NAME_FIRST.has(toks[j].w) && VERBS_AFTER_NAME.has(headKey(j, j + 2))) return -1;
      const nc = lex.nominal.longest(toks, j);
      if (nc) {
        j = nc.end;
        wordStart = true;
        continue;
      }
      if (wordStart && lex.stopVerbish.has(toks[j].w)) return -1;
      wordStart = !wordStart;
      j++;
    }
    return -1;
  };

  const parseOrg = (i: number, inTitle: boolean, depth = 0): Parsed | null => {
    const h = orgAt(i);
    if (!h) return null;
    // A capitalised head word that opens a place's whole name is that place: "Hội An" is the town, not an
    // association "Hội" named "An".
    if (toks[i].cap && !toks[i].up) {
      const place = idx.names.longest(toks, i);
      if (place && place.end > h.end && !isCapWord(place.end)) return null;
    }
    let k = h.end;
    const inner: RawSpan[] = [];
    const mk = (end: number, conf: number, optional = false): Parsed => {
      // A diplomatic mission keeps its seat, a country or a foreign city, as its official name does:
      // "Đại sứ quán Việt Nam tại Nhật Bản", "Tổng lãnh sự quán Việt Nam tại Osaka". A Vietnamese city after a
      // foreign embassy ("… Australia tại Hà Nội") only says where it stands (the name is "… tại Việt Nam").
      if (end + 1 < n && toks[end].w === 'tại' && isCapWord(end + 1) && MISSION_HEADS.has(headKey(i, h.end))) {
        const f = lex.foreign.longest(toks, end + 1);
        if (f && f.vals[0].level !== 'region' && !isCapWord(f.end) && !provinceAt(end + 1)) {
          inner.push({ a: end + 1, b: f.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: end + 1, nameB: f.end, foreign: f.vals[0] } });
          end = f.end;
        }
      }
      return { end, spans: [{ a: i, b: end, type: 'ORGANIZATION', conf, ...(optional ? { optional } : {}) }, ...inner] };
    };
    const scope = () => {
      const s = parseScope(k, depth);
      if (s) {
        k = s.end;
        inner.push(...s.spans);
        return true;
      }
      return false;
    };
    // A listed body whose name has lower-case syllables after the head ("Đảng Dân chủ", "Đảng Cộng hòa"):
    // the list says where the name ends, so a verb ("… giành chiến thắng") or the candidate named after it
    // ("… Rachel Moreno", "… Kim Min-seok") is not read into it. Its country may follow ("Đảng Dân chủ Mỹ").
    const known = lex.knownOrgs.longest(toks, i);
    if (known && known.end > h.end && !(isCapWord(known.end) && !personAfterOrg(known.end) && !isScopeStart(known.end) && !looksLikePerson(known.end))) {
      let lowerInside = false;
      for (let p = i; p < known.end; p++) if (toks[p].word && !toks[p].cap) lowerInside = true;
      if (lowerInside) {
        k = known.end;
        if (isScopeStart(k)) scope();
        return mk(k, 0.85);
      }
    }
    // Bare "Chính phủ", "Quốc hội", "Nhà nước" are borderline alone; as an attached body they are kept.
    if (h.kind === 'national') return inTitle || depth > 0 ? mk(k, 0.8) : null;
    if (h.kind === 'optional') {
      // "Đảng", "Nhà nước" written capitalised mid-sentence: the Party / the State (borderline by convention).
      if (toks[i].ss && k - i === 1) return null;
      return mk(k, 0.5, true);
    }
    // "Hội người Việt Nam tại Séc", "Hội người Việt tại Kansai": an association of a people abroad is named by
    // the people and where they live; the lower-case "người" would otherwise leave "Hội" a given name.
    if (headKey(i, h.end) === 'hội' && k + 1 < n && toks[k].w === 'người' && isCapWord(k + 1)) {
      const people = headKey(k + 1, k + 3) === 'việt nam' ? k + 3 : toks[k + 1].w === 'việt' ? k + 2 : lex.foreign.longest(toks, k + 1)?.end ?? -1;
      if (people > 0 && people + 1 < n && toks[people].w === 'tại' && isCapWord(people + 1)) {
        const abroad = lex.foreign.longest(toks, people + 1);
        const seat = abroad ?? provinceAt(people + 1);
        if (seat && !isCapWord(seat.end)) {
          inner.push({ a: people + 1, b: seat.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: people + 1, nameB: seat.end, ...(abroad ? { foreign: abroad.vals[0] } : {}) } });
          k = seat.end;
          return mk(k, 0.8);
        }
      }
    }
    // "UBND các xã, phường": the administrations of many units, a generic collective, not one body (NONE
    // keeps the acronym from being guessed an organisation later).
    // "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh" is one board: "các" inside a description closed by a scope.
    const generic = (): Parsed | null =>
      k < n && (toks[k].w === 'các' || toks[k].w === 'những') && (h.kind === 'standalone' || h.kind === 'scoped') && !(h.kind === 'scoped' && toks[k].w === 'các' && descriptiveTail(k + 1, depth) > k + 1)
        ? { end: k, spans: [{ a: i, b: k, type: 'NONE', conf: 0 }] }
        : null;
    if (h.kind === 'standalone') {
      if (!scope()) {
        // "Huyện ủy Yên Minh", "Thị ủy Sa Pa": a party committee named with its district's bare name.
        const place = LOCAL_COMMITTEES.has(headKey(i, h.end)) && isCapWord(k) ? idx.names.longest(toks, k) : null;
        if (place && !isCapWord(place.end) || place && looksLikePerson(place.end)) {
          inner.push({ a: k, b: place.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: k, nameB: place.end } });
          k = place.end;
          return mk(k, 0.9);
        }
        return generic() ?? mk(k, 0.9);
      }
      return mk(k, 0.9);
    }
    /** The descriptive words and scope after a name or head, when no scope follows directly. */
    const tail = (): boolean => {
      const d = descriptiveTail(k, depth);
      if (d < 0) return false;
      k = d;
      return scope();
    };
    if (h.kind === 'scoped') {
      if (scope()) return mk(k, 0.9);
      const g = generic();
      if (g) return g;
      if (k < n && toks[k].w === 'các') {
        const d = descriptiveTail(k + 1, depth);
        if (d > k + 1) {
          k = d;
          if (scope()) return mk(k, 0.8);
        }
      }
      if (isCapWord(k) && !looksLikePerson(k) && !titleStartsAt(k)) {
        const e = parseName(k, inTitle);
        if (e > k) {
          k = e;
          if (!scope()) tail();
          return mk(k, 0.85);
        }
      }
      if (tail()) return mk(k, 0.8);
      if (h.end - i >= 2 && !GENERIC_SCOPED.has(headKey(i, h.end))) return mk(k, 0.8);
      return null;
    }
    // named: needs a name ("Sở Tài chính", "Trường THPT Lê Quý Đôn", "Quân khu 4").
    // Schools are named after people ("Trường Tiểu học Trương Văn Thành"): a person-like name is theirs.
    const school = toks[i].w === 'trường';
    // "Trường THPT chuyên Lê Quý Đôn", "Trường THPT chuyên Hà Tĩnh": "chuyên" (a gifted school) is part of the
    // school's designation; the name or province after it is the school's, even a person's name.
    if (school && k < n && toks[k].word && !toks[k].cap && toks[k].w === 'chuyên' && isCapWord(k + 1)) k++;
    if (k < n && (isCapWord(k) || (toks[k].num && toks[k].word)) && !(inTitle && !school && looksLikePerson(k))) {
      if (isScopeStart(k) && !toks[k].num) {
        // "Văn phòng Tỉnh ủy", "Ban Thường vụ Tỉnh ủy" are caught as scoped; a named head + body only.
        if (scope()) return mk(k, 0.85);
      }
      // A listed name after the head is read whole: "CLB Hoàng Anh Gia Lai" (the club), not "CLB Hoàng Anh" + a province.
      const e = Math.max(parseName(k, inTitle && !school), knownOrgAt(k));
      if (e > k) {
        k = e;
        if (!scope() && toks[k - 1].word && !toks[k - 1].cap && !toks[k - 1].num) tail();
        return mk(k, 0.85);
      }
    }
    // A school or museum named by the commune or province it serves, with the unit word ("Trường Tiểu học xã
    // Hà Trung", "Bảo tàng tỉnh An Giang"): the place is the name. Administrative units only (the gazetteer
    // knows them), so "Trường THCS đường …" is not taken.
    if (k < n && toks[k].word && !toks[k].cap && !inTitle) {
      const u = unitAt(k);
      if (u && ADMIN_LEVELS.has(u.vals[0]) && isCapWord(u.end)) {
        const loc = parseLocation(k, ADMIN_LEVELS);
        if (loc) {
          inner.push(loc.span);
          k = loc.end;
          return mk(k, 0.8);
        }
      }
    }
    // A head, lower-case words saying what it does, then its place or name: "Nhà máy sản xuất nhiên liệu
    // sinh học Quảng Ngãi", "Cục đăng kiểm Việt Nam", "Hiệp hội thúc đẩy ngoại giao Việt Nam".
    if (k < n && toks[k].word && !toks[k].cap && !toks[i].ss && !inTitle) {
      let j = k;
      while (j < n && j - k < MAX_LOWER_BEFORE_NAME && toks[j].word && !toks[j].cap && !lex.stopFunction.has(toks[j].w) && !lex.stopVerbish.has(toks[j].w) && !unitAt(j)) j++;
      if (j > k && isCapWord(j) && !looksLikePerson(j) && !titleStartsAt(j) && !orgAt(j)) {
        const saved = k;
        k = j;
        if (scope()) return mk(k, 0.7);
        const e = parseName(j, false);
        if (e > j) {
          k = e;
          scope();
          return mk(k, 0.7);
        }
        k = saved;
      }
    }
    return null;
  };

  /**
   * "Ngân hàng Nhà nước chi nhánh Khu vực 14", "Vietcombank chi nhánh Hoàn Kiếm": a branch named after the body
   * belongs to its span (spans[0], widened in place; the branch's place is added). Returns the new end.
   */
  const withBranch = (spans: RawSpan[]): number => {
    const end = spans[0].b;
    if (end + 2 >= n || headKey(end, end + 2) !== 'chi nhánh') return end;
    const sc = parseScope(end + 2, 1);
    const e = sc ? sc.end : isCapWord(end + 2) && !looksLikePerson(end + 2) ? parseName(end + 2, false) : -1;
    if (e <= end + 2) return end;
    spans[0].b = e;
    if (sc) spans.push(...sc.spans);
    return e;
  };

  /** A lower-case mission head + a (non-ambiguous or phrase-closing) country, with "tại" + its seat. */
  const missionAt = (i: number): Parsed | null => {
    let head = 0;
    for (let len = 2; len <= 4 && i + len <= n && !head; len++) if (MISSION_HEADS.has(headKey(i, i + len))) head = i + len;
    if (!head || !isCapWord(head)) return null;
    const f = lex.foreign.longest(toks, head);
    if (!f || f.vals[0].level !== 'country' || (f.vals[0].ambiguous && !endsPhrase(f.end) && toks[f.end]?.w !== 'tại')) return null;
    const spans: RawSpan[] = [{ a: head, b: f.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: head, nameB: f.end, foreign: f.vals[0] } }];
    let end = f.end;
    if (end + 1 < n && toks[end].w === 'tại' && isCapWord(end + 1)) {
      const seat = lex.foreign.longest(toks, end + 1);
      if (seat && seat.vals[0].level !== 'region' && !isCapWord(seat.end) && !provinceAt(end + 1)) {
        spans.push({ a: end + 1, b: seat.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: end + 1, nameB: seat.end, foreign: seat.vals[0] } });
        end = seat.end;
      }
    }
    return { end, spans: [{ a: i, b: end, type: 'ORGANIZATION', conf: 0.75 }, ...spans] };
  };

  // ------------------------------------------------------------------ TITLE
  const parseTitle = (i: number): Parsed | null => {
    let j = i;
    let modifier: string | undefined;
    const m = lex.modifiers.longest(toks, i);
    if (m && titleStartsAt(m.end)) {
      modifier = m.vals[0];
      j = m.end;
    }
    if (j >= n || !toks[j].word) return null;
    // Tried at every token: when no title or title prefix starts with this word, none of the lookups below
    // can match, so the answer is already null.
    if (!lex.titles.startsWith(toks[j].w) && !lex.titlePrefix.startsWith(toks[j].w)) return null;
    let head = lex.titles.longest(toks, j, notFull);
    const p = lex.titlePrefix.longest(toks, j);
    if (p) {
      const h2 = lex.titles.longest(toks, p.end, notFull);
      if (h2 && (!head || h2.end > head.end)) head = h2;
    }
    const full = lex.titles.longest(toks, j, isFull);
    if (!head && !full) return null;
    // An organisation head that runs past the title is the body: "Đại sứ quán" (the embassy) is not the post
    // "Đại sứ" + "quán", nor "Tổng lãnh sự quán" the consul-general.
    const bodyHead = j === i ? orgAt(j) : null;
    if (bodyHead && bodyHead.end > Math.max(head?.end ?? 0, full?.end ?? 0)) return null;
    // "Đại hội đại biểu Đảng bộ …": the congress of delegates, not a deputy's title.
    if (!toks[j].cap && j > 0 && toks[j - 1].w === 'hội' && headKey(j, Math.min(n, j + 2)) === 'đại biểu') return null;
    let kind: TitleKind = 'O';
    let k = j;
    if (head) {
      for (const v of head.vals) if (TITLE_STRENGTH[v] > TITLE_STRENGTH[kind]) kind = v;
      kind = head.vals.reduce<TitleKind>((a, v) => (TITLE_STRENGTH[v] > TITLE_STRENGTH[a] ? v : a), head.vals[0]);
      k = head.end;
    }
    const inner: RawSpan[] = [];
    let attached = false;
    if (head) {
      const suf = lex.titleSuffix.longest(toks, k);
      if (suf) k = suf.end;
      // "Phó Trưởng Phòng CSGT Công an TP Hà Nội", "Trưởng Ban Quản lý Khu kinh tế …": a title ending in a
      // capitalised body word heads that body, and the body's name starts at the word.
      const last = k - 1;
      const bodyFromHead = !suf && last > j && toks[last].cap && BODY_HEAD_ENDINGS.has(toks[last].w) ? parseOrg(last, true) : null;
      const org = bodyFromHead && bodyFromHead.end > k ? bodyFromHead : parseOrg(k, true);
      if (org) {
        k = org.end;
        inner.push(...org.spans);
        attached = true;
      } else {
        const loc = parseLocation(k, new Set<UnitLevel>(['province', 'commune', 'district', 'village']));
        const f = !loc && isCapWord(k) ? lex.foreign.longest(toks, k, (v) => v.level === 'country') : null;
        if (loc) {
          k = loc.end;
          inner.push(loc.span);
          attached = true;
        } else if (f && (kind === 'S' || kind === 'N')) {
          // "Tổng thống Mỹ", "Đại sứ Nhật Bản": the country the post belongs to.
          inner.push({ a: k, b: f.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: k, nameB: f.end, foreign: f.vals[0] } });
          k = f.end;
          attached = true;
        } else {
          const w = lex.orgScope.longest(toks, k);
          if (w && (!isCapWord(w.end) || looksLikePerson(w.end)) && (kind === 'S' || kind === 'O')) {
            k = w.end;
            attached = true;
          }
        }
      }
      // A second standing/term qualifier after the body: "Phó Chủ tịch UBND tỉnh phụ trách".
      if (!attached) {
        // "Trưởng Ban Chỉ đạo", "Trưởng phòng Quản lý đất đai", "Phó Trưởng Ban Dân tộc HĐND tỉnh": the head
        // ends with a body word, so the capitalised name after it is that body's name, then its scope.
        // A named head opening the body's name is part of it ("Trưởng phòng | Cảnh sát giao thông Công an tỉnh").
        const bodyOrg = orgAt(k);
        if (BODY_HEAD_ENDINGS.has(toks[k - 1].w) && isCapWord(k) && !looksLikePerson(k) && !titleStartsAt(k) && (!bodyOrg || bodyOrg.kind === 'named') && !unitAt(k) && !provinceAt(k)) {
          const e = parseName(k, true);
          if (e > k) {
            k = e;
            const sc = parseScope(k, 1);
            if (sc) {
              k = sc.end;
              inner.push(...sc.spans);
            }
            attached = true;
          }
        } else if (VILLAGE_HEAD_TITLES.has(headKey(j, k)) && isCapWord(k) && !looksLikePerson(k) && !titleStartsAt(k) && !orgAt(k)) {
          // "Trưởng bản Huổi Lèng": the village the head is attached to, then maybe the person ("… Lò Văn Sáu").
          const runEnd = k + capRun(k, MAX_PLACE_NAME);
          let e = runEnd;
          // The person is the surname-led tail of the run; prefer the latest split ("Huổi Lèng | Lò Văn Pó").
          for (let p = runEnd - 2; p > k; p--) if (looksLikePerson(p) && p + capRun(p, MAX_PERSON_BARE + 1) === runEnd) e = p;
          if (e !== runEnd) for (let p = e + 1; p < runEnd - 1; p++) if (looksLikePerson(p) && p + capRun(p, MAX_PERSON_BARE + 1) === runEnd && runEnd - p >= 3) { e = p; break; }
          inner.push({ a: k, b: e, type: 'LOCATION', conf: 0.8, loc: { unit: '', level: 'village', nameA: k, nameB: e } });
          k = e;
          attached = true;
        } else if (isCapWord(k)) {
          // "Giám đốc Hợp tác xã cho biết": a body's head word alone, referring back to the body named before.
          const o = orgAt(k);
          const e = o?.end ?? -1;
          if (o && o.kind === 'named' && (e >= n || !toks[e].word || lex.stopFunction.has(toks[e].w) || !!lex.perAfter.longest(toks, e))) {
            k = e;
            attached = true;
          }
        }
      } else if (k + 1 < n && toks[k].w === 'và' && (toks[k - 1].w === 'đbqh' || headKey(k - 2, k) === 'quốc hội')) {
        // "Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh": the merged office of the two bodies is one post.
        const o2 = orgAt(k + 1);
        if (o2 && (o2.kind === 'standalone' || o2.kind === 'scoped')) {
          const second = parseOrg(k + 1, true);
          if (second) {
            inner.push(...second.spans);
            k = second.end;
          }
        }
      }
      // "Đại sứ Hàn Quốc tại Việt Nam", "Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam": where the post sits.
      if (attached && k + 1 < n && toks[k].w === 'tại' && isCapWord(k + 1)) {
        const f = lex.foreign.longest(toks, k + 1, (v) => v.level === 'country');
        if (f) {
          inner.push({ a: k + 1, b: f.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: k + 1, nameB: f.end, foreign: f.vals[0] } });
          k = f.end;
        }
      }
    }
    if (full && full.end > k) {
      k = full.end;
      kind = 'F';
      inner.length = 0;
      attached = true;
    }
    const cap = toks[j].cap;
    const personNext = isCapWord(k) && !orgAt(k) && !titleStartsAt(k) && !unitAt(k);
    let ok = false;
    switch (kind) {
      case 'F':
        ok = cap || attached || personNext;
        break;
      case 'S':
        ok = cap || attached || personNext;
        break;
      case 'R':
        ok = cap || personNext;
        break;
      case 'N':
        ok = attached || personNext;
        break;
      case 'O':
        ok = attached;
        break;
    }
    if (!ok) return null;
    // Lower-case generic use without a name or body ("làm chủ tịch") is not labelled.
    if (!cap && !attached && !personNext) return null;
    const spans: RawSpan[] = [{ a: j, b: k, type: 'TITLE', conf: 0.9, ...(modifier ? { modifier } : {}) }, ...inner];
    return { end: k, spans };
  };

  // ------------------------------------------------------------------ PERSON
  /** A name after a cue: capitalised syllables up to the first non-name. */
  /**
   * "Trường Lê Quý Đôn": a school named after a person, written without its level ("Trường THPT …") — the
   * capitalised "Trường" then a surname-led name of two capitals or more. Returns the school's end, or -1.
   */
  const schoolAfterPersonAt = (j: number): number =>
    j + 2 < n && toks[j].w === 'trường' && toks[j].cap && lex.surnames.has(toks[j + 1].w) && isCapWord(j + 1) && isCapWord(j + 2)
      ? j + 1 + capRun(j + 1, MAX_PERSON_CUED)
      : -1;

  const personRun = (j: number, afterTitle = false): number => {
    const kr = koreanNameAt(j);
    if (kr > 0) return kr - j;
    // "cầu thủ Trung Quốc", "Đại tướng Hàn Quốc": a country after a person noun is where they are from.
    const country = isCapWord(j) ? lex.foreign.longest(toks, j, (v) => v.level === 'country' && !v.ambiguous) : null;
    if (country && !isCapWord(country.end)) return 0;
    // "Hiệu trưởng Trường Tiểu học …": an organisation's head word does not start a name; nor does "Trường" before
    // a surname-led full name ("học sinh Trường Lê Quý Đôn": the school, not a Mr Trường).
    if (orgAt(j)) return 0;
    if (schoolAfterPersonAt(j) > 0) return 0;
    let k = j;
    while (k < n && k - j < MAX_PERSON_CUED && isCapWord(k)) {
      if (toks[k].up) break; // an acronym after a title is its body ("Chủ tịch HĐTV"), not a name
      // A capitalised street/landmark word inside a name is a syllable of it ("Nguyễn Đình Khoa", "Lê Văn Hồ"):
      // only an administrative unit word ("Nguyễn Văn A | Xã …" is rare but "… Tỉnh ủy" is not) ends it.
      const u = unitAt(k);
      const unitStarts = !!u && u.vals[0] !== 'geo' && u.vals[0] !== 'village' && isCapWord(u.end);
      if (k > j && (orgAt(k) || titleStartsAt(k) || unitStarts)) {
        // A head word closing a surname-led name is the given name ("Nguyễn Đình Khoa", "Lê Văn Hội"): a body
        // needs a name or number after its head.
        const o = orgAt(k);
        const givenName = !!o && o.kind === 'named' && o.end === k + 1 && k - j >= 2 && lex.surnames.has(toks[j].w) &&
          !isCapWord(k + 1) && !(k + 1 < n && toks[k + 1].num) && !titleStartsAt(k);
        if (!givenName) break;
      }
      k++;
    }
    // After a title, one capital then a lower-case content word is the capitalised start of the office's
    // field ("Trưởng phòng Văn hóa", "Hoa hậu Đại dương"), unless a verb of speech follows the name. After
    // "ông", "anh", "chị" a name is what comes ("anh Dư chỉ đường").
    // Arabic and European names keep their lower-case particles: "Khalil al-Masri", "Mohammed bin Salman",
    // "Marieke van Leeuwen" (a particle, then a capital, is no office's field).
    const particleEnd = k > j && !toks[j].up ? particleAt(k) : -1;
    if (particleEnd > k) k = particleEnd;
    else if (afterTitle && k - j === 1 && !endsPhrase(k) && !lex.perAfter.longest(toks, k)) return 0;
    // Korean given names are written with a hyphen and a lower-case second part ("Kim Jae-won", "Park Soo-jin").
    while (k > j && k + 1 < n && toks[k].w === '-' && toks[k].s === toks[k - 1].e && toks[k + 1].s === toks[k].e && toks[k + 1].word && !toks[k + 1].cap && !toks[k + 1].num) k += 2;
    return k - j;
  };


  /**
   * A foreign country or city between a cue and a name: "VĐV Thái Lan Siriporn Kaewta", "Đại sứ Nhật Bản
   * Takio Yamada", "Thống đốc Osaka Hiroshi Tanaka" — where the person is from, then the person. Ambiguous
   * names ("Anh", "Nhật") are left to the name. The rest must be a full name (two capitals or more), or one
   * foreign-spelled word: a Vietnamese single syllable after a country is too weak to split on.
   */
  const placeBeforeName = (j: number): RawSpan | null => {
    if (!isCapWord(j)) return null;
    const f = lex.foreign.longest(toks, j, (v) => v.level !== 'region' && !v.ambiguous);
    if (!f || !isCapWord(f.end) || orgAt(f.end) || titleStartsAt(f.end)) return null;
    const r = personRun(f.end);
    if (r < 1 || (r === 1 && isVietSyllable(toks[f.end].w))) return null;
    return { a: j, b: f.end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: j, nameB: f.end, foreign: f.vals[0] } };
  };

  /** A lower-case place noun (a geo unit, EXTRA_PLACE_HEADS or PLACE_HEADS_OUTSIDE) + its capitalised name, as one place. */
  const placeHeadAt = (j: number): RawSpan | null => {
    for (let h = Math.min(MAX_PLACE_HEAD, n - j - 1); h >= 1; h--) {
      const k = j + h;
      let plain = true;
      for (let p = j; p < k && plain; p++) plain = toks[p].word && !toks[p].cap && !toks[p].num;
      if (!plain || !isCapWord(k) || toks[k].num || toks[k].up) continue;
      const key = headKey(j, k);
      const outside = PLACE_HEADS_OUTSIDE.has(key);
      if (!outside && !EXTRA_PLACE_HEADS.has(key) && !lex.units.get(key)?.includes('geo')) continue;
      if (j > 0 && NOT_UNIT_AFTER.has(`${toks[j - 1].w} ${toks[j].w}`)) continue;
      // A body, a title or another unit after the noun is not its name ("đảo | Ban Quản lý …").
      if (orgAt(k) || titleStartsAt(k) || unitAt(k)) return null;
      const run = capRun(k, MAX_PLACE_NAME);
      if (isCapWord(k + run)) return null;
      const a = outside ? k : j;
      return { a, b: k + run, type: 'LOCATION', conf: 0.8, loc: { unit: outside ? '' : key, level: 'geo', nameA: k, nameB: k + run } };
    }
    return null;
  };

  /** Strong person reading of a run: surname + middle name ("Nguyễn Thị …", "Lê Văn …"). */
  const looksLikePersonStrict = (i: number, run: number): boolean =>
    run >= 3 && lex.surnames.has(toks[i].w) && lex.middles.has(toks[i + 1].w);

  const barePerson = (i: number): number => {
    if (!looksLikePerson(i)) return 0;
    const r = capRun(i, MAX_PERSON_BARE + 1);
    for (let p = i; p < i + r; p++) if (toks[p].up) return 0;
    const last = toks[i + r - 1].w;
    if (r === 2) {
      if (!lex.givens.has(last)) return 0;
      // Two syllables that also name a unit ("Hà Trung", "Tống Sơn") are read as the place.
      if (idx.names.get(headKey(i, i + r))) return 0;
    } else if (!lex.givens.has(last) && !lex.middles.has(toks[i + 1].w) && !TEMPLE_NAME_ENDINGS.has(last)) return 0;
    for (let p = i + 1; p < i + r; p++) if (orgAt(p) || titleStartsAt(p)) return 0;
    // The last capital opens a compound that runs on in lower case ("Đoàn Luật | sư", a bar association): the
    // run is a capitalised common phrase, not a surname + given name.
    for (const t of [lex.honorifics, lex.titles, lex.orgs, lex.nominal]) {
      const m = t.longest(toks, i + r - 1);
      if (m && m.end > i + r) return 0;
    }
    // A surname followed by a country ("Đoàn Việt Nam" — the Vietnamese delegation): the country is the name.
    const tail = lex.foreign.longest(toks, i + 1);
    if (tail && tail.end === i + r && tail.vals[0].level === 'country' && r >= 3) return 0;
    return r;
  };

  /**
   * A company named in a foreign style: a capitalised run (no acronym-only, no surname-led Vietnamese name)
   * ending in a corporate word ("Daesung Optics Vina", "Sông Hàn Ventures"), or a foreign-spelled brand +
   * "Việt Nam" ("Honda Việt Nam", "Mitsubishi Motors Việt Nam"). A run opening with a country is left to the
   * country reading first ("quỹ Hàn Quốc | Hanbit Partners"). Returns the end, or -1.
   */
  const brandOrgAt = (j: number): number => {
    if (!isCapWord(j) || toks[j].num) return -1;
    const r = capRun(j, MAX_RUN_BRAND);
    if (r < 2 || (r === MAX_RUN_BRAND && isCapWord(j + r))) return -1;
    const f = lex.foreign.longest(toks, j);
    if (f && f.end < j + r) return -1;
    if (provinceAt(j)) return -1;
    if (CORPORATE_SUFFIX.has(toks[j + r - 1].w) && !toks[j + r - 1].up) return j + r;
    if (r >= 3 && SUBSIDIARY_COUNTRY.has(headKey(j + r - 2, j + r)) && !toks[j].up && !isVietSyllable(toks[j].w)) return j + r;
    if (SUBSIDIARY_COUNTRY.has(toks[j + r - 1].w) && !toks[j].up && !isVietSyllable(toks[j].w)) return j + r;
    return -1;
  };

  /**
   * A known organisation written as a whole capitalised name ("Vietcombank", "Real Madrid", "Tuổi Trẻ").
   * Every word must be capitalised (or the match is a single foreign-looking word) and the name must not
   * run on into more capitals: "Thanh Niên" is the paper, "Thanh niên" and "Đoàn Thanh niên" are not.
   */
  const knownOrgAt = (j: number): number => {
    const m = lex.knownOrgs.longest(toks, j);
    if (!m || (isCapWord(m.end) && !personAfterOrg(m.end))) return -1;
    for (let p = j; p < m.end; p++) if (toks[p].word && !toks[p].cap && !toks[p].num) return -1;
    if (toks[j].ss && m.end - j === 1 && lex.givens.has(toks[j].w)) return -1;
    return m.end;
  };

  /**
   * A foreign person's name right after a known organisation: "Hamas Khalil al-Masri", "Điện Kremlin Dmitry
   * Sokolov", "Google Sundar Pichai" (the body, then its spokesman or head). Two foreign-spelled capitals or
   * more, one with a glued Arabic particle after it ("Khalil al-Masri"), or a Vietnamese surname-led name.
   */
  const personAfterOrg = (j: number): boolean => {
    if (!isCapWord(j) || toks[j].up || orgAt(j) || titleStartsAt(j) || unitAt(j)) return false;
    // A place after the body is its branch or market ("Viettel Quảng Ninh"), not a person.
    if (provinceAt(j) || idx.names.longest(toks, j) || lex.foreign.longest(toks, j)) return false;
    if (looksLikePerson(j)) return true;
    const r = capRun(j, MAX_PERSON_BARE + 1);
    if (r > MAX_PERSON_BARE) return false;
    for (let p = j; p < j + r; p++) if (toks[p].up || toks[p].num || isVietSyllable(toks[p].w)) return false;
    if (CORPORATE_SUFFIX.has(toks[j + r - 1].w) || lex.notEntity.longest(toks, j)) return false;
    return r >= 2 || particleAt(j + r) > j + r;
  };

  // ------------------------------------------------------------------ not a name
  const prevWords = (i: number, k: number): string | null => {
    if (i - k < 0) return null;
    for (let p = i - k; p < i; p++) if (!toks[p].word) return null;
    return headKey(i - k, i);
  };
  const placeCueBefore = (i: number): boolean => STRONG_PLACE_BEFORE.has(prevWords(i, 1) ?? '') || STRONG_PLACE_BEFORE.has(prevWords(i, 2) ?? '');
  const peopleRightBefore = (i: number): boolean => PEOPLE_BEFORE.has(prevWords(i, 1) ?? '') || PEOPLE_BEFORE.has(prevWords(i, 2) ?? '');
  /** After a people word, directly or as a later conjunct of a list ("dân tộc Mông, Thái, Khơ Mú"). */
  const peopleBefore = (i: number): boolean => {
    if (peopleRightBefore(i)) return true;
    let p = i;
    for (let c = 0; c < MAX_LIST_CONJUNCTS; c++) {
      const sep = p - 1;
      if (sep < 1 || !(toks[sep].w === ',' || toks[sep].w === 'và' || toks[sep].w === 'hoặc')) return false;
      let q = sep;
      while (q > 0 && isCapWord(q - 1) && sep - q < 3) q--;
      if (q === sep) return false;
      if (peopleRightBefore(q)) return true;
      p = q;
    }
    return false;
  };
  /** A dynasty's name after a dynasty cue ("triều Nguyễn", "thời Lý", "quân Nguyên"): its end, or -1. */
  const dynastyAt = (i: number): number => {
    const p1 = prevWords(i, 1) ?? '';
    const p2 = prevWords(i, 2) ?? '';
    const strong = DYNASTY_STRONG_BEFORE.has(p1) || DYNASTY_STRONG_BEFORE.has(p2);
    if (!strong && !DYNASTY_WEAK_BEFORE.has(p1) && !DYNASTY_WEAK_BEFORE.has(p2)) return -1;
    const run = capRun(i, MAX_DYNASTY + 1);
    if (run > MAX_DYNASTY) return -1;
    // The whole capitalised run is the dynasty ("thời Lý Thái Tổ" is the king); "Lê - Trịnh" pairs each name.
    const key = headKey(i, i + run);
    if (DYNASTIES_PLAIN.has(key) || (strong && DYNASTIES_GIVEN.has(key))) return i + run;
    return -1;
  };
  /**
   * A capitalised run at i that is a known product/event, a weekday or month, a compass word after "phía",
   * a nationality or a people's name: read as no entity (NONE), or a compass region after a verb of motion.
   */
  const noneAt = (i: number): RawSpan | null => {
    const t = toks[i];
    if (!t.cap || !t.word) return null;
    const none = (b: number): RawSpan => ({ a: i, b, type: 'NONE', conf: 0 });
    const m = lex.notEntity.longest(toks, i);
    // A product's name opening a longer known or company name is the company: "TikTok Shop" (a store chain),
    // "Galaxy Cinema" (a cinema chain) — not the platform "TikTok" or the phone "Galaxy".
    if (m && (lex.knownOrgs.longest(toks, i)?.end ?? 0) > m.end) return null;
    if (m && brandOrgAt(i) > m.end) return null;
    if (m && (m.end - i > 1 || !t.ss || !isCapWord(m.end))) return none(m.end);
    const prev = i > 0 && toks[i - 1].word ? toks[i - 1] : null;
    if (prev && MODEL_SUFFIX.has(t.w) && !isCapWord(i + 1) && (prev.num || prev.cap)) return none(i + 1);
    if (t.ss) return null;
    if (prev && CALENDAR_BEFORE.has(prev.w) && CALENDAR_WORDS.has(t.w)) {
      let b = i + 1;
      while (b < n && isCapWord(b) && CALENDAR_WORDS.has(toks[b].w)) b++;
      return none(b);
    }
    if (prev && RANK_BEFORE.has(prev.w) && RANK_WORDS.has(t.w) && !isCapWord(i + 1)) return none(i + 1);
    const dyn = dynastyAt(i);
    if (dyn > i) return none(dyn);
    if (COMPASS.has(t.w) && !isCapWord(i + 1) && prev) {
      if (COMPASS_NONE_BEFORE.has(prev.w)) return none(i + 1);
      if (COMPASS_PLACE_BEFORE.has(prev.w)) return { a: i, b: i + 1, type: 'LOCATION', conf: 0.7, loc: { unit: '', level: 'geo', nameA: i, nameB: i + 1 } };
    }
    if (peopleBefore(i)) {
      // A province or region after "người"/"đồng bào" is where they live ("người Hà Nội", "đồng bào Tây Nguyên").
      if (provinceAt(i) || idx.names.longest(toks, i)) return null;
      const f = lex.foreign.longest(toks, i);
      if (f && f.vals[0].level !== 'country') return null;
      if (f) return none(f.end);
      const run = capRun(i, 3);
      if (run >= 1 && !toks[i].up) return none(i + run);
    }
    return null;
  };

  // ------------------------------------------------------------------ main pass
  let i = 0;
  let cueEnd = -1; // token index where a cued name may start
  let lastLoc: RawSpan | null = null;
  let lastLocPlural = false;
  while (i < n) {
    const t = toks[i];
    if (!t.word) {
      i++;
      continue;
    }
    const title = parseTitle(i);
    if (title) {
      out.push(...title.spans);
      i = title.end;
      // "Tổng giám đốc Honda Việt Nam", "Giám đốc Samsung Vina": the company the post belongs to.
      const bo = brandOrgAt(i);
      if (bo > i) {
        out.push({ a: i, b: bo, type: 'ORGANIZATION', conf: 0.7 });
        i = bo;
        lastLoc = null;
        continue;
      }
      // "Người phát ngôn Điện Kremlin Dmitry Sokolov": a known body the post belongs to, then the person.
      const ko = knownOrgAt(i);
      if (ko > i) {
        out.push({ a: i, b: ko, type: 'ORGANIZATION', conf: 0.75 });
        i = ko;
      }
      const pre = placeBeforeName(i);
      if (pre) {
        out.push(pre);
        i = pre.b;
      }
      const r = personRun(i, true);
      if (r > 0) {
        out.push({ a: i, b: i + r, type: 'PERSON', conf: 0.9 });
        i += r;
      }
      lastLoc = null;
      continue;
    }
    const org = parseOrg(i, false);
    if (org) {
      const end = org.spans[0]?.type === 'ORGANIZATION' ? withBranch(org.spans) : org.end;
      out.push(...org.spans);
      i = end;
      lastLoc = null;
      continue;
    }
    // A street after a house number, or an alley with its number and street: one place each.
    const address = houseNumberStreetAt(i) ?? numberedAlleyAt(i);
    if (address) {
      out.push(address);
      i = address.b;
      lastLoc = null;
      continue;
    }
    const loc = parseLocation(i);
    // A listed organisation that opens with a capitalised unit word and runs at least as far is the
    // organisation: "Sông Lam Nghệ An" is the club, not the river Lam.
    const listed = loc && toks[i].cap ? knownOrgAt(i) : -1;
    if (loc && listed >= loc.end) {
      out.push({ a: i, b: listed, type: 'ORGANIZATION', conf: 0.75 });
      i = listed;
      lastLoc = null;
      continue;
    }
    if (loc) {
      // "3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận": after a number the unit word is the counted noun (a
      // QUANTITY "3 tỉnh"), so each place is its bare name.
      // A number that is itself a name ("ấp 4 xã Phú Tân", "số 12") counts nothing.
      const counted = i > 0 && toks[i - 1].num && toks[i - 1].word && loc.span.loc!.nameA > i && !(i > 1 && (unitAt(i - 2) || toks[i - 2].w === 'số'));
      if (counted) loc.span.a = loc.span.loc!.nameA;
      out.push(loc.span);
      lastLoc = loc.span;
      lastLocPlural = counted || (i > 0 && lex.plural.has(toks[i - 1].w));
      i = loc.end;
      // Later conjuncts share the unit word: "các xã Hà Trung, Tống Sơn".
      while (lastLoc && i + 1 < n && (toks[i].w === ',' || toks[i].w === 'và') && isCapWord(i + 1)) {
        const j = i + 1;
        const known = idx.names.longest(toks, j);
        const lvl = lastLoc.loc!.level;
        if (!known && !lastLocPlural) break;
        if (orgAt(j) || titleStartsAt(j)) break;
        const end = known ? known.end : j + capRun(j, 4);
        if (!known && !(lvl === 'village' || lvl === 'geo')) break;
        if (!lastLocPlural && known && lvl !== 'province' && known.vals.some((v) => isProvinceRef(v))) break;
        const span: RawSpan = { a: j, b: end, type: 'LOCATION', conf: 0.8, loc: { unit: lastLoc.loc!.unit, level: lvl, nameA: j, nameB: end } };
        out.push(span);
        i = end;
      }
      continue;
    }
    if (!t.cap) {
      const ph = placeHeadAt(i);
      if (ph) {
        out.push(ph);
        i = ph.b;
        continue;
      }
    }
    if (t.cap && i + 2 < n) {
      const zi = ZONE_HEADS.findIndex((z, x) => headKey(i, i + ZONE_HEAD_LENGTHS[x]) === z);
      const zone = zi >= 0 ? ZONE_HEADS[zi] : undefined;
      const k = zone ? i + ZONE_HEAD_LENGTHS[zi] : -1;
      if (zone && isCapWord(k) && !orgAt(k)) {
        const run = capRun(k, MAX_PLACE_NAME);
        out.push({ a: i, b: k + run, type: 'LOCATION', conf: 0.8, loc: { unit: zone, level: 'geo', nameA: k, nameB: k + run } });
        i = k + run;
        continue;
      }
    }
    // "Th. sẽ …", "Nh. được đưa về": an abbreviated name, its dot included (the gold writes "Nh.").
    if (t.cap && !t.up && INITIAL.test(t.w) && i + 2 < n && toks[i + 1].w === '.' && toks[i + 1].s === t.e && toks[i + 2].s > toks[i + 1].e && (toks[i + 2].w === ',' || (toks[i + 2].word && !toks[i + 2].cap && !toks[i + 2].num)) && !unitAt(i)) {
      out.push({ a: i, b: i + 2, type: 'PERSON', conf: 0.6 });
      i += 2;
      continue;
    }
    if (!t.cap && i + 2 < n && toks[i + 2].num && toks[i + 2].word && MILITARY_UNITS_FIRST.has(t.w) && MILITARY_UNITS.has(headKey(i, i + 2))) {
      // "sư đoàn 2", "lữ đoàn 196": a numbered unit is a name even with a lower-case head.
      out.push({ a: i, b: i + 3, type: 'ORGANIZATION', conf: 0.75 });
      i += 3;
      continue;
    }
    if (!t.cap && MISSION_FIRST.has(t.w)) {
      // "đại sứ quán Mỹ", "tổng lãnh sự quán Nhật Bản tại TP.HCM": a mission written in lower case is still
      // that country's mission (news writes the head both ways); the country (and its seat) close the name.
      const m = missionAt(i);
      if (m) {
        out.push(...m.spans);
        i = m.end;
        continue;
      }
    }
    if (!t.cap) {
      const k = ORG_NOUN_IN_SPAN.has(t.w) ? i + 1 : i + 2 < n && ORG_NOUN_IN_SPAN_FIRST.has(t.w) && ORG_NOUN_IN_SPAN.has(headKey(i, i + 2)) ? i + 2 : -1;
      if (k > 0 && isCapWord(k) && !toks[k].num && !looksLikePerson(k) && !titleStartsAt(k) && !unitAt(k) && !(i > 0 && toks[i - 1].word && !toks[i - 1].cap && ['thông', 'cảnh', 'tình', 'dự', 'họp', 'tố', 'khai'].includes(toks[i - 1].w))) {
        const ko = knownOrgAt(k);
        const e = ko > k ? ko : parseName(k, false);
        if (e > k && !lex.notEntity.longest(toks, k)) {
          out.push({ a: i, b: e, type: 'ORGANIZATION', conf: 0.75 });
          i = e;
          continue;
        }
      }
    }
    if (t.w === 'chiếc' && (!t.cap || t.ss) && isCapWord(i + 1) && !toks[i + 1].up) {
      // "chiếc Seiko", "chiếc Omega đời 1960", "chiếc Vespa": the classifier of objects before a capital names a
      // product by its brand or model, no person (nor, as an object, the company itself).
      const r = capRun(i + 1, MAX_RUN_BRAND + 1);
      if (r <= MAX_RUN_BRAND && !provinceAt(i + 1) && !lex.foreign.longest(toks, i + 1) && !titleStartsAt(i + 1) && !unitAt(i + 1)) {
        out.push({ a: i + 1, b: i + 1 + r, type: 'NONE', conf: 0 });
        i += 1 + r;
        continue;
      }
    }
    if (t.w === 'bão' && isCapWord(i + 1) && !toks[i + 1].up) {
      // "bão Yagi", "siêu bão Ragasa", "hoàn lưu bão Matmo": a storm's name is no person (nor a place), however
      // foreign it looks. Recorded as no entity so the later guesses leave it alone.
      const r = capRun(i + 1, MAX_STORM_NAME + 1);
      if (r <= MAX_STORM_NAME && !provinceAt(i + 1) && !lex.foreign.longest(toks, i + 1) && !orgAt(i + 1) && !titleStartsAt(i + 1)) {
        out.push({ a: i + 1, b: i + 1 + r, type: 'NONE', conf: 0 });
        i += 1 + r;
        continue;
      }
    }
    const none = noneAt(i);
    if (none) {
      out.push(none);
      i = none.b;
      continue;
    }
    const school = schoolAfterPersonAt(i);
    if (school > 0) {
      out.push({ a: i, b: school, type: 'ORGANIZATION', conf: 0.8 });
      i = school;
      cueEnd = -1;
      continue;
    }
    if (cueEnd === i && isCapWord(i)) {
      const pre = placeBeforeName(i);
      if (pre) {
        out.push(pre);
        i = pre.b;
      }
      const r = personRun(i);
      if (r > 0) {
        out.push({ a: i, b: i + r, type: 'PERSON', conf: 0.85 });
        i += r;
        continue;
      }
    }
    const hon = lex.honorifics.longest(toks, i);
    if (hon && isCapWord(hon.end)) {
      cueEnd = hon.end;
      i = hon.end;
      continue;
    }
    const np = lex.notPerson.longest(toks, i);
    // A capitalised cue word that opens a listed name ("Sông Lam Nghệ An", the club) is that name's first word.
    if (np && isCapWord(np.end) && !orgAt(np.end) && !titleStartsAt(np.end) && !(t.cap && knownOrgAt(i) > np.end)) {
      // "giải Quả Cầu Vàng": a known award, product or event after the cue is recorded as no entity, so no
      // later guess reads it as a name.
      const ne = noneAt(np.end);
      if (ne && ne.type === 'NONE') {
        out.push(ne);
        i = ne.b;
        continue;
      }
      i = np.end + capRun(np.end, MAX_PLACE_NAME);
      continue;
    }
    // Youth/national sports teams: "U23 Việt Nam", "U16 Mông Cổ".
    if (t.cap && /^u\d{2}$/.test(t.w) && i + 1 < n) {
      const pv = provinceAt(i + 1);
      const f = isCapWord(i + 1) ? lex.foreign.longest(toks, i + 1) : null;
      const end = Math.max(pv?.end ?? 0, f && f.vals[0].level === 'country' ? f.end : 0);
      if (end > i + 1) {
        out.push({ a: i, b: end, type: 'ORGANIZATION', conf: 0.8 });
        i = end;
        continue;
      }
    }
    // A mid-sentence acronym that is no known term/title/place is, in news, almost always an organisation
    // (CDU, PVN, TTXVN); acronyms of terms (KT-XH, GPMB) and roman numerals are excluded.
    if (t.up && !t.ss && ACRONYM_ORG && /^[a-zđ]{2,7}$/.test(t.w) && !ROMAN.test(t.w) && !lex.terms.has(t.w) && (i + 1 >= n || toks[i + 1].w !== '.')) {
      const f = lex.foreign.longest(toks, i);
      const pv = provinceAt(i);
      if (!f && !pv && !unitAt(i)) {
        out.push({ a: i, b: i + 1, type: 'ORGANIZATION', conf: 0.5 });
        i++;
        continue;
      }
    }
    if (t.cap) {
      const run = capRun(i, MAX_PLACE_NAME + 1);
      const bo = brandOrgAt(i);
      if (bo > i) {
        out.push({ a: i, b: bo, type: 'ORGANIZATION', conf: 0.7 });
        i = bo;
        continue;
      }
      const ko = knownOrgAt(i);
      // A seat of power is the body when it acts ("Nhà Trắng cho biết", "Điện Kremlin bác bỏ"), but the building
      // after a place word or a visit ("tại Nhà Trắng", "tham quan Điện Kremlin") is a place, as the corpus writes it.
      if (ko > i && SEATS_OF_POWER.has(headKey(i, ko)) && (placeCueBefore(i) || SEAT_VISIT_BEFORE.has(prevWords(i, 1) ?? '') || SEAT_VISIT_BEFORE.has(prevWords(i, 2) ?? ''))) {
        out.push({ a: i, b: ko, type: 'LOCATION', conf: 0.75, loc: { unit: '', level: 'geo', nameA: i, nameB: ko } });
        i = ko;
        continue;
      }
      if (ko > i) {
        const spans: RawSpan[] = [{ a: i, b: ko, type: 'ORGANIZATION', conf: 0.75 }];
        i = withBranch(spans);
        out.push(...spans);
        // A person named right after the body ("Hamas Khalil al-Masri") is read as after a cue.
        if (isCapWord(ko)) cueEnd = ko;
        continue;
      }
      // A whole capitalised run that is a unit's name beats a shorter country/person reading ("Đức Phổ").
      if (run >= 2 && run <= MAX_PLACE_NAME && !t.ss) {
        const adm = idx.names.longest(toks, i);
        // ... unless it is a hero's name a ward also bears and nothing cues a place (candidates.ts decides).
        const namesake = !!adm && lex.namesakes.longest(toks, i)?.end === adm.end && !placeCueBefore(i) && !(i > 0 && toks[i - 1].num);
        // A name that speaks ("Thu Cúc cho biết …") is a person, whatever commune shares it.
        if (adm && adm.end === i + run && !looksLikePersonStrict(i, run) && !namesake && !lex.perAfter.longest(toks, adm.end)) {
          out.push({ a: i, b: adm.end, type: 'LOCATION', conf: 0.7, loc: { unit: '', level: 'bare', nameA: i, nameB: adm.end } });
          i = adm.end;
          continue;
        }
      }
      const pv = provinceAt(i);
      const f = lex.foreign.longest(toks, i, (v, end) => !(v.ambiguous && (t.ss || !endsPhrase(end))));
      if (pv || f) {
        const useF = !!f && (!pv || f.end > pv.end);
        const end = useF ? f!.end : pv!.end;
        out.push({ a: i, b: end, type: 'LOCATION', conf: 0.85, loc: { unit: '', level: 'bare', nameA: i, nameB: end, ...(useF ? { foreign: f!.vals[0] } : {}) } });
        i = end;
        continue;
      }
      const kr = koreanNameAt(i);
      if (kr > 0) {
        out.push({ a: i, b: kr, type: 'PERSON', conf: 0.75 });
        i = kr;
        continue;
      }
      const r = barePerson(i);
      if (r > 0) {
        out.push({ a: i, b: i + r, type: 'PERSON', conf: 0.7 });
        i += r;
        continue;
      }
      // Mid-sentence, a capitalised run is a proper name; made only of name syllables it is a person
      // mentioned by given name ("… hôn Thùy và dặn …").
      // Not after a place preposition ("khu vực Hạ Thanh", "tại Hội đồng …"), nor a head word ("Hội", "Ban").
      if (!t.ss && run <= 3 && !t.up && !lex.style.longest(toks, i) && !orgAt(i) && !titleStartsAt(i) && !placeCueBefore(i)) {
        let names = true;
        for (let p = i; p < i + run && names; p++) names = !toks[p].up && (lex.givens.has(toks[p].w) || lex.middles.has(toks[p].w) || lex.surnames.has(toks[p].w));
        // "Đoàn Việt Nam" (the delegation), "Hà Thái Lan": a run ending in a country is no given name.
        const countryTail = run >= 3 && lex.foreign.longest(toks, i + 1)?.end === i + run;
        if (names && !countryTail && lex.givens.has(toks[i + run - 1].w) && toks[i].w.length > 1 && endsPhrase(i + run) && !(i > 0 && toks[i - 1].word && toks[i - 1].cap)) {
          out.push({ a: i, b: i + run, type: 'PERSON', conf: 0.55 });
          i += run;
          continue;
        }
      }
      i++;
      continue;
    } else if (i + 1 < n && toks[i + 1].cap && !toks[i].cap) {
      // Lower-case first word of a region ("châu Á", "miền Trung").
      const f = lex.foreign.longest(toks, i);
      if (f && f.vals[0].level === 'region') {
        out.push({ a: i, b: f.end, type: 'LOCATION', conf: 0.8, loc: { unit: '', level: 'bare', nameA: i, nameB: f.end, foreign: f.vals[0] } });
        i = f.end;
        continue;
      }
    }
    i++;
  }
  return withSportsClubs(toks, out, (a, b) => {
    const m = idx.names.longest(toks, a, (v) => isProvinceRef(v));
    return !!m && m.end === b;
  });
}

// ------------------------------------------------------------------ sports clubs named by their province
// Vietnamese football/volleyball clubs are called by their province or city ("Nam Định thắng Hải Phòng 2-1",
// "trận gặp Thanh Hóa"): there the name is the club (ORG, the corpus convention "[ORG Hải Phòng]"), not the
// place. Only a bare domestic province/city is re-read, only in a sentence with clear sports evidence, and
// only where the name itself plays (next to a match verb or a score, or after "tiền đạo … của"); "sân Lạch
// Tray ở Hải Phòng" stays a place. National teams are named by countries and stay LOC ("tuyển Việt Nam").

/** Words that only occur in a sentence about a match or a league (folded). */
const SPORT_EVIDENCE = new Set(['v-league', 'sân nhà', 'sân khách', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'ghi bàn', 'bàn thắng', 'đánh bại', 'cầm hòa', 'vòng đấu', 'hạng nhất', 'bảng xếp hạng', 'trận đấu', 'trận gặp', 'trận thắng', 'trận hòa', 'trận thua', 'clb', 'đội bóng']);
/** Match verbs written right after the team that plays (folded phrases). */
const MATCH_VERB_AFTER = new Set(['thắng', 'hòa', 'thua', 'đánh bại', 'cầm hòa', 'hạ', 'vượt qua', 'gặp', 'đè bẹp', 'hơn', 'đứng đầu', 'dẫn đầu', 'ghi bàn', 'sa thải', 'thay tướng', 'chiêu mộ', 'ra mắt']);
/** Words written right before the team that is played against, or whose player is named (folded). */
const MATCH_WORD_BEFORE = new Set(['thắng', 'hòa', 'thua', 'đánh bại', 'cầm hòa', 'hạ', 'vượt qua', 'gặp', 'đè bẹp', 'hơn', 'đội', 'đội bóng']);
/** Words heading a club's name ("đội Thể Công", "CLB Hà Nội"; folded). */
const SPORT_CLUB_HEADS = new Set(['đội', 'clb']);
/** Tense/aspect words written between a team and its match verb (folded). */
const ASPECT_WORDS = new Set(['sẽ', 'đã', 'vừa', 'đang', 'lại', 'cũng', 'từng']);
/** Player and staff roles: "tiền đạo của Nam Định" names the club (folded). */
const SPORT_ROLES = new Set(['tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'cầu thủ', 'hlv', 'huấn luyện viên', 'chủ công', 'phụ công', 'libero']);
/** Longest sports phrase read in one look (syllables). */
const MAX_SPORT_PHRASE = 3;
/** How far back from "của" a player role may stand ("tiền đạo 19 tuổi Nguyễn Văn A của …", in tokens). */
const ROLE_LOOKBACK = 10;

const isScore = (toks: Tok[], j: number): boolean =>
  j + 2 < toks.length && toks[j].num && toks[j].word && /^\d{1,2}$/.test(toks[j].w) && (toks[j + 1].w === '-' || toks[j + 1].w === '–') &&
  toks[j + 2].num && /^\d{1,2}$/.test(toks[j + 2].w) && toks[j + 1].s === toks[j].e && toks[j + 2].s === toks[j + 1].e;

/** Whether a folded phrase of 1..MAX_SPORT_PHRASE syllables from j (or ending at j, backwards) is in set. */
const phraseAt = (toks: Tok[], j: number, set: Set<string>): boolean => {
  for (let len = 1; len <= MAX_SPORT_PHRASE && j + len <= toks.length; len++) {
    let ok = true;
    for (let p = j; p < j + len && ok; p++) ok = toks[p].word && !toks[p].cap;
    if (ok && set.has(joinWords(toks, j, j + len))) return true;
  }
  return false;
};
const phraseBefore = (toks: Tok[], end: number, set: Set<string>): boolean => {
  for (let len = 1; len <= MAX_SPORT_PHRASE && end - len >= 0; len++) {
    let ok = true;
    for (let p = end - len; p < end && ok; p++) ok = toks[p].word && !toks[p].cap;
    if (ok && set.has(joinWords(toks, end - len, end))) return true;
  }
  return false;
};

function withSportsClubs(toks: Tok[], out: RawSpan[], isProvince: (a: number, b: number) => boolean): RawSpan[] {
  const n = toks.length;
  // Sentence bounds: a token starting a sentence opens a new one; evidence is looked for sentence by sentence.
  const sentence = new Int32Array(n);
  let sid = 0;
  for (let j = 0; j < n; j++) {
    if (j > 0 && (toks[j - 1].w === '.' || toks[j - 1].w === '!' || toks[j - 1].w === '?' || toks[j - 1].w === '\n')) sid++;
    sentence[j] = sid;
  }
  const evidence = new Uint8Array(sid + 1);
  for (let j = 0; j < n; j++) {
    if (evidence[sentence[j]]) continue;
    if (isScore(toks, j)) evidence[sentence[j]] = 1;
    else if (toks[j].word && (SPORT_EVIDENCE.has(toks[j].w) || (j + 2 < n && toks[j + 1].w === '-' && SPORT_EVIDENCE.has(`${toks[j].w}-${toks[j + 2].w}`)) || phraseAt(toks, j, SPORT_EVIDENCE))) evidence[sentence[j]] = 1;
  }
  // Where a club's name ends: a name after "đội"/"CLB", or one re-read below (spans come in text order).
  const clubEnds = new Set<number>();
  for (const r of out) {
    if (r.type === 'ORGANIZATION' && evidence[sentence[r.a]] && (SPORT_CLUB_HEADS.has(toks[r.a].w) || (r.a > 0 && SPORT_CLUB_HEADS.has(toks[r.a - 1].w)))) clubEnds.add(r.b);
    if (r.type !== 'LOCATION' || !r.loc || r.loc.unit !== '' || r.loc.foreign || r.loc.level !== 'bare') continue;
    if (!evidence[sentence[r.a]] || !isProvince(r.a, r.b)) continue;
    // One tense/aspect word may stand between the team and its verb ("Hải Phòng sẽ gặp …").
    const v = r.b < n && toks[r.b].word && !toks[r.b].cap && ASPECT_WORDS.has(toks[r.b].w) ? r.b + 1 : r.b;
    const after = v < n && (phraseAt(toks, v, MATCH_VERB_AFTER) || isScore(toks, r.b));
    const before = r.a > 0 && phraseBefore(toks, r.a, MATCH_WORD_BEFORE);
    let player = false;
    if (r.a > 0 && toks[r.a - 1].w === 'của') {
      for (let p = r.a - 2; p >= 0 && p >= r.a - 1 - ROLE_LOOKBACK && !player; p--) player = phraseAt(toks, p, SPORT_ROLES);
    }
    // A later conjunct of a club ("đội Thể Công và Nam Định", "Thanh Hóa, Hải Phòng") is a club too.
    const sep = r.a - 1;
    const conjunct = sep > 0 && (toks[sep].w === 'và' || toks[sep].w === ',') && clubEnds.has(sep);
    if (!after && !before && !player && !conjunct) continue;
    r.type = 'ORGANIZATION';
    delete r.loc;
    clubEnds.add(r.b);
  }
  return out;
}

export type { AdminRef };
