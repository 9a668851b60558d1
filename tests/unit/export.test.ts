import { buildExport } from '../../src/core/export';
import { CSV_COLUMNS } from '../../src/core/export/csv';
import { escapeMarkdown, escapeMarkdownLine } from '../../src/core/export/markdown';
import { slugify } from '../../src/core/export/filename';
import type { AnnotationRecord, SavedArticle } from '../../src/shared/records';
import { describeRange as selectorsFor } from '../../src/core/anchoring';
import { autoAnnotations } from '../../src/store/annotations';
import { SEED_TEXT, SEED_URL, seedAnalysis, seedArticle } from './store-helpers';

const NOW = new Date(2025, 10, 27, 9, 30);

/** The seed article as the store would return it (built without a database: exports are pure). */
function seedSaved(): SavedArticle {
  const a = seedArticle();
  const analysis = seedAnalysis();
  return {
    article: {
      id: 1,
      key: SEED_URL,
      url: a.url,
      site: a.site,
      title: a.title,
      published: a.published,
      province: 'Thanh Hóa',
      isProvincial: true,
      provincialScore: 0.9,
      textHash: 'abc123',
      text: a.text,
      analyzedAt: Date.UTC(2025, 10, 26),
      createdAt: Date.UTC(2025, 10, 26),
    },
    annotations: autoAnnotations(1, a.text, analysis.entities).map((x, i) => ({ ...x, id: i + 1 })),
    summary: analysis.summary,
  };
}

/** A tricky article: page text full of CSV and Markdown syntax. */
function trickySaved(): SavedArticle {
  const text = 'Ông "Tư" nói: =SUM(A1), 5 tỷ\nđồng; [bấm](javascript:alert(1)) <img src=x> *đậm* | ô';
  const note: AnnotationRecord = {
    articleId: 2,
    type: 'PERSON',
    text: 'Tư',
    source: 'user',
    note: 'tên gọi, "biệt danh"',
    anchor: 'quote+position/v1',
    selectors: selectorsFor(text, 5, 7),
  };
  const money: AnnotationRecord = {
    articleId: 2,
    type: 'MONEY',
    text: '5 tỷ\nđồng',
    value: 5e9,
    currency: 'VND',
    source: 'auto',
    anchor: 'quote+position/v1',
    selectors: selectorsFor(text, 24, 33),
  };
  return {
    article: {
      id: 2,
      key: 'https://a.vn/x.html',
      url: 'https://a.vn/x.html',
      site: 'a.vn',
      title: '# Tiêu đề [có](javascript:bad) <b>thẻ</b>, "ngoặc"',
      isProvincial: false,
      provincialScore: 0.1,
      textHash: 'def',
      text,
      analyzedAt: 0,
      createdAt: 0,
    },
    annotations: [note, money],
    summary: [{ start: 0, end: text.length, text, score: 1, rank: 1 }],
  };
}

/** Minimal RFC 4180 reader, to check the writer by reading its output back. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && s[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

describe('CSV export', () => {
  it('is UTF-8 with BOM, CRLF, a header and one row per annotation', () => {
    const saved = [seedSaved(), trickySaved()];
    const { content, mime, filename } = buildExport('csv', saved, NOW);
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(mime).toMatch(/^text\/csv/);
    expect(filename).toBe('soitin-2025-11-27.csv');
    const rows = parseCsv(content.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + saved[0].annotations.length + saved[1].annotations.length);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    // No bare LF line ends: every record ends with CRLF.
    expect(content.replace(/\r\n/g, '').replace(/"[^"]*"/g, '')).not.toMatch(/\n/);
    const money = rows.find((r) => r[4] === 'MONEY' && r[0].startsWith('Phó'))!;
    const col = (name: (typeof CSV_COLUMNS)[number]) => money[CSV_COLUMNS.indexOf(name)];
    expect(col('text')).toBe('243 tỷ 609 triệu đồng');
    expect(col('value')).toBe('243609000000');
    expect(col('qualifier')).toBe('ước đạt');
    expect(SEED_TEXT.slice(Number(col('start')), Number(col('end')))).toBe(col('text'));
  });

  it('quotes commas, quotes and newlines so they read back exactly, and defuses formulas', () => {
    const rows = parseCsv(buildExport('csv', [trickySaved()], NOW).content.slice(1));
    const [note, money] = rows.slice(1);
    expect(note[0]).toBe('# Tiêu đề [có](javascript:bad) <b>thẻ</b>, "ngoặc"');
    expect(note[CSV_COLUMNS.indexOf('note')]).toBe('tên gọi, "biệt danh"');
    expect(money[CSV_COLUMNS.indexOf('text')]).toBe('5 tỷ\nđồng');
    const csv = buildExport('csv', [{ ...trickySaved(), annotations: [{ ...trickySaved().annotations[0], text: '=HYPERLINK("x")' }] }], NOW);
    expect(parseCsv(csv.content.slice(1))[1][CSV_COLUMNS.indexOf('text')]).toBe(`'=HYPERLINK("x")`);
  });
});

describe('Markdown export', () => {
  it('reports the seed article: title link, site, date, province, summary, entities, figures', () => {
    const { content, filename, mime } = buildExport('md', [seedSaved()], NOW);
    expect(filename).toBe('soitin-pho-bi-thu-thuong-truc-tinh-uy-nguyen-hong-phong-tham-lam.md');
    expect(mime).toMatch(/^text\/markdown/);
    expect(content).toContain(`## [Phó Bí thư Thường trực Tỉnh ủy Nguyễn Hồng Phong thăm, làm việc tại các xã Hà Trung, Tống Sơn](<${SEED_URL}>)`);
    expect(content).toContain('- Ngày đăng: 25/11/2025');
    expect(content).toContain('- Tỉnh/thành: Thanh Hóa');
    const summary = seedAnalysis().summary;
    summary.forEach((s, i) => expect(content).toContain(`${i + 1}. ${escapeMarkdown(s.text)}`));
    expect(content).toContain('243.609.000.000 ₫');
    expect(content).toMatch(/\| Tiền \| 243 tỷ 609 triệu đồng \| ước đạt 243\.609\.000\.000 ₫ \|/);
    const persons = seedSaved().annotations.filter((a) => a.type === 'PERSON').length;
    expect(content).toContain(`- **Người** (${persons}): Nguyễn Hồng Phong (×`);
  });

  it('escapes page text so it cannot inject links, HTML or structure', () => {
    const { content } = buildExport('md', [trickySaved()], NOW);
    // Every bracket from the page is escaped, so no link or image can start.
    expect(content).not.toMatch(/(^|[^\\])\]\(javascript/m);
    // No raw tag: every < from the page is escaped.
    expect(content).not.toMatch(/(^|[^\\])<(img|b)\b/m);
    expect(content).toContain('## [# Tiêu đề \\[có\\](javascript:bad) \\<b\\>thẻ\\</b\\>, "ngoặc"](<https://a.vn/x.html>)');
    // The multi-line figure stays inside its table row.
    expect(content).toContain('| Tiền | 5 tỷ đồng | 5.000.000.000 ₫ |');
    expect(escapeMarkdown('a *b* | c_d `e` &amp;')).toBe('a \\*b\\* \\| c\\_d \\`e\\` \\&amp;');
    // A summary sentence starting like a list marker must not become a nested list.
    expect(escapeMarkdownLine('- Ý kiến')).toBe('\\- Ý kiến');
    expect(escapeMarkdownLine('2025. Năm bản lề')).toBe('2025\\. Năm bản lề');
    expect(escapeMarkdownLine('25/11 và 2.5%')).toBe('25/11 và 2.5%');
    const md = buildExport('md', [{ ...trickySaved(), summary: [{ start: 0, end: 3, text: '# 1', score: 1, rank: 1 }] }], NOW).content;
    expect(md).toContain('\n1. \\# 1\n');
  });
});

describe('W3C Web Annotation export', () => {
  it('writes a collection of annotations with quote and position selectors that fit the text', () => {
    const saved = [seedSaved(), trickySaved()];
    const { content, filename, mime } = buildExport('webanno', saved, NOW);
    expect(filename).toBe('soitin-2025-11-27.jsonld');
    expect(mime).toContain('application/ld+json');
    const doc = JSON.parse(content);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const items = doc.first.items;
    expect(items).toHaveLength(doc.total);
    expect(items).toHaveLength(saved[0].annotations.length + saved[1].annotations.length);
    for (const anno of items) {
      const source = saved.find((s) => s.article.url === anno.target.source)!;
      const [quote, pos] = anno.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(pos.type).toBe('TextPositionSelector');
      expect(source.article.text.slice(pos.start, pos.end)).toBe(quote.exact);
      expect(source.article.text.slice(Math.max(0, pos.start - quote.prefix.length), pos.start)).toBe(quote.prefix);
      expect(source.article.text.slice(pos.end, pos.end + quote.suffix.length)).toBe(quote.suffix);
    }
    expect(new Set(items.map((a: { id: string }) => a.id)).size).toBe(items.length);
    const money = items.find((a: any) => a.target.source === SEED_URL && a.body[0].value === 'Tiền');
    expect(money.motivation).toBe('tagging');
    expect(money.body).toEqual([
      expect.objectContaining({ type: 'TextualBody', value: 'Tiền', purpose: 'tagging' }),
      expect.objectContaining({ type: 'TextualBody', value: 'ước đạt 243.609.000.000 ₫', purpose: 'describing' }),
    ]);
    const comment = items.find((a: any) => a.motivation === 'commenting');
    expect(comment.body.at(-1)).toMatchObject({ value: 'tên gọi, "biệt danh"', purpose: 'commenting' });
  });
});

describe('export files', () => {
  it('JSON is the lossless library file', () => {
    const saved = [seedSaved()];
    const { content, filename, mime } = buildExport('json', [...saved, trickySaved()], NOW);
    expect(filename).toBe('soitin-2025-11-27.json');
    expect(mime).toBe('application/json');
    const file = JSON.parse(content);
    expect(file).toMatchObject({ schemaVersion: 1, generator: 'Soi Tin', exportedAt: NOW.toISOString() });
    expect(file.articles[0]).toEqual(saved[0]);
  });

  it('slugs are ASCII and bounded', () => {
    expect(slugify('Đắk Lắk: Đường về xã Ea Súp — "mới"!')).toBe('dak-lak-duong-ve-xa-ea-sup-moi');
    expect(slugify('a '.repeat(100)).length).toBeLessThanOrEqual(60);
    expect(buildExport('json', [{ ...seedSaved(), article: { ...seedSaved().article, title: '!!!' } }], NOW).filename).toBe(
      'soitin-2025-11-27.json',
    );
  });
});
