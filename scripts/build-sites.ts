// Generates src/data/news-sites.json (domain → {kind, province?, selectors?}) from the compiled list of
// Vietnamese news sites. Step 1 copies the facts from ../shared/data/gazetteers/sites/news_sites.json into
// data-sources/news_sites.json (the committed source, so builds never read ../shared); step 2 compacts it.
//   npm run data:sites                        generate from data-sources/ only (what a clone has)
//   npx tsx scripts/build-sites.ts --refresh  first copy the list again from ../shared (maintainers only)
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared/data/gazetteers/sites/news_sites.json');
const SOURCE = resolve(ROOT, 'data-sources/news_sites.json');
const OUT = resolve(ROOT, 'src/data/news-sites.json');

export type SiteKind = 'provincial' | 'national' | 'portal';
export interface SiteEntry {
  kind: SiteKind;
  /** Current (post-July-2025) province of a provincial paper or portal. */
  province?: string;
  /** CSS selectors for article parts where known: title, description (sapo), main_container, … */
  selectors?: Record<string, string[]>;
}

interface Source {
  provincialPapers2025: { province2025: string; domains: string[]; selectors?: Record<string, Record<string, string[]>> }[];
  provincialPapersPre2025: { provincePre2025: string; mergedInto: string; domains: string[] }[];
  nationalSites: { domain: string; selectors?: Record<string, string[]> }[];
  portals: { seen: string[] };
}

/** ASCII slug of a province name, as used in portal host names ("Thanh Hóa" → "thanhhoa"). */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function buildSites(src: Source): Record<string, SiteEntry> {
  const out: Record<string, SiteEntry> = {};
  const put = (domain: string, entry: SiteEntry) => {
    const d = domain.trim().toLowerCase().replace(/^www\./, '');
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(d)) return;
    const prev = out[d];
    // Keep the richer record (a 2025 paper with selectors beats the same domain from the former list).
    if (prev && (prev.selectors || !entry.selectors)) return;
    out[d] = entry;
  };
  for (const p of src.provincialPapers2025) {
    for (const d of p.domains) put(d, { kind: 'provincial', province: p.province2025, ...(p.selectors?.[d] ? { selectors: p.selectors[d] } : {}) });
  }
  for (const p of src.provincialPapersPre2025) {
    for (const d of p.domains) put(d, { kind: 'provincial', province: p.mergedInto });
  }
  for (const s of src.nationalSites) {
    put(s.domain, { kind: 'national', ...(s.selectors && Object.keys(s.selectors).length ? { selectors: s.selectors } : {}) });
  }
  // Portals: "{province-slug}.gov.vn"; a former province's portal points to the province it merged into.
  const bySlug = new Map<string, string>();
  for (const p of src.provincialPapersPre2025) bySlug.set(slug(p.provincePre2025), p.mergedInto);
  for (const p of src.provincialPapers2025) bySlug.set(slug(p.province2025), p.province2025);
  for (const raw of src.portals.seen) {
    const host = raw.split(/\s/)[0];
    if (!host.endsWith('.gov.vn')) continue; // e.g. an image CDN listed for reference
    const labels = host.replace(/\.gov\.vn$/, '').split('.');
    const province = bySlug.get(labels[labels.length - 1]);
    put(host, { kind: 'portal', ...(province ? { province } : {}) });
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function main(refresh = false): void {
  if (refresh && existsSync(SHARED)) {
    mkdirSync(dirname(SOURCE), { recursive: true });
    copyFileSync(SHARED, SOURCE);
  }
  if (!existsSync(SOURCE)) throw new Error(`missing ${SOURCE}: run once where ../shared/data/gazetteers exists`);
  const sites = buildSites(JSON.parse(readFileSync(SOURCE, 'utf8')) as Source);
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(sites, null, 0).replace(/\},"/g, '},\n"') + '\n');
  const kinds = Object.values(sites).reduce<Record<string, number>>((a, s) => ((a[s.kind] = (a[s.kind] ?? 0) + 1), a), {});
  console.log(`news-sites.json: ${Object.keys(sites).length} domains`, kinds);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.includes('--refresh'));
