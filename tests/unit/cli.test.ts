// The `soitin` command as a user runs it, through main() with fake streams: what it prints, on which
// stream, and its exit code.
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { main, type CliIO } from '../../src/cli/main';
import pkg from '../../package.json';

const SEED = fileURLToPath(new URL('../fixtures/seed/article.txt', import.meta.url));
const PAGE = fileURLToPath(new URL('../fixtures/pages/baothanhhoa-2025-11-25/source.html', import.meta.url));
const seedText = readFileSync(SEED, 'utf8');

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], stdin: string | Uint8Array = ''): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdin: (async function* () {
      const bytes = typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : Buffer.from(stdin);
      // Two chunks split mid-character: the reader must not decode chunk by chunk.
      const cut = Math.floor(bytes.length / 2) + 1;
      if (bytes.length) yield bytes.subarray(0, cut);
      if (bytes.length > cut) yield bytes.subarray(cut);
    })(),
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  };
  const code = await main(argv, io);
  return { code, out, err };
}

interface Printed {
  isArticle: boolean;
  isProvincial: boolean;
  provincialScore: number;
  title: string | null;
  published: string | null;
  text: string;
  entities: { start: number; end: number; text: string; type: string }[];
  summary: { start: number; end: number; text: string }[];
}

function expectOffsetsIndexText(r: Printed): void {
  for (const e of r.entities) expect(r.text.slice(e.start, e.end)).toBe(e.text);
  for (const s of r.summary) expect(r.text.slice(s.start, s.end)).toBe(s.text);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'soitin-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('soitin analyze FILE.txt', () => {
  it('prints the analysis as JSON with the first line as title and offsets into the printed text', async () => {
    const r = await run(['analyze', SEED, '--published', '2025-11-25']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const printed = JSON.parse(r.out) as Printed;
    expect(printed.text).toBe(seedText);
    expect(printed.title).toBe(seedText.slice(0, seedText.indexOf('\n')));
    expect(printed.published).toBe('2025-11-25');
    expect(printed.isArticle).toBe(true);
    expect(typeof printed.isProvincial).toBe('boolean');
    expect(printed.provincialScore).toBeGreaterThanOrEqual(0);
    expect(Object.keys(printed)).toEqual(
      expect.arrayContaining(['isArticle', 'isProvincial', 'provincialScore', 'province', 'title', 'published', 'text', 'entities', 'summary']),
    );
    expectOffsetsIndexText(printed);
  });

  it('reads standard input with "-" and gives the same result as the file', async () => {
    const fromFile = JSON.parse((await run(['analyze', SEED])).out) as Printed;
    const fromStdin = await run(['analyze', '-'], seedText);
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.out)).toEqual(fromFile);
  });

  it('finds no title when the first line is not followed by a blank line', async () => {
    const file = join(dir, 'notitle.txt');
    writeFileSync(file, 'Dòng một.\nDòng hai tiếp ngay sau.\n');
    const printed = JSON.parse((await run(['analyze', file])).out) as Printed;
    expect(printed.title).toBeNull();
  });

  it('drops a UTF-8 byte-order mark so offsets index the printed text', async () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\uFEFF' + seedText);
    const printed = JSON.parse((await run(['analyze', file])).out) as Printed;
    expect(printed.text).toBe(seedText);
    expectOffsetsIndexText(printed);
  });
});

describe('soitin analyze --format md|csv', () => {
  it('writes the library Markdown report with the title and the summary', async () => {
    const json = JSON.parse((await run(['analyze', SEED])).out) as Printed;
    const r = await run(['analyze', SEED, '--format', 'md', '--url', 'https://baothanhhoa.vn/bai-viet.htm']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(json.title!);
    for (const s of json.summary) expect(r.out).toContain(s.text);
  });

  it('writes CSV with a BOM, a header and one row per entity', async () => {
    const json = JSON.parse((await run(['analyze', SEED])).out) as Printed;
    const r = await run(['analyze', SEED, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFFtitle,')).toBe(true);
    const rows = r.out.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(json.entities.length + 1);
  });
});

describe('soitin analyze FILE.html', () => {
  it('extracts the article from the saved page and analyses its text', async () => {
    const r = await run(['analyze', PAGE, '--url', 'https://baothanhhoa.vn/pho-bi-thu-270456.htm']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out) as Printed;
    expect(printed.isArticle).toBe(true);
    expect(printed.title).toContain('Nguyễn Hồng Phong');
    expect(printed.published).toMatch(/^2025-11-25/);
    expect(printed.text).toContain('Tổng thu ngân sách nhà nước năm 2025 ước đạt 243 tỷ 609 triệu đồng.');
    // Page furniture stays out of the analysed text.
    expect(printed.text).not.toContain('Tin liên quan');
    expectOffsetsIndexText(printed);
  });
});

describe('soitin analyze on a page that is not an article', () => {
  it('says isArticle=false and analyses the visible text only (never script content)', async () => {
    const html = '<!doctype html><html><body><nav>Trang chủ</nav><p>Xin chào xã Hà Trung</p><script>var secret = 1</script></body></html>';
    const r = await run(['analyze', '-'], html);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out) as Printed;
    expect(printed.isArticle).toBe(false);
    expect(printed.text).toContain('Xin chào xã Hà Trung');
    expect(printed.text).not.toContain('secret');
    expectOffsetsIndexText(printed);
  });
});

describe('soitin analyze --jsonl', () => {
  it('answers every good line in order, names the bad line, and exits 2', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Sáng 25/11, đồng chí Nguyễn Hồng Phong làm việc tại xã Hà Trung.', published: '2025-11-25' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', title: 'Tiêu đề', text: seedText }),
      '',
    ].join('\n');
    const r = await run(['analyze', '--jsonl'], input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 2\b.*JSON/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; entities: Printed['entities']; summary: Printed['summary'] });
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['entities', 'id', 'summary']);
    const texts = { a: JSON.parse(input.split('\n')[0]).text as string, c: seedText };
    for (const l of lines) expectOffsetsIndexText({ text: texts[l.id as 'a' | 'c'], entities: l.entities, summary: l.summary } as Printed);
  });

  it('exits 0 when every line is good', async () => {
    const r = await run(['analyze', '--jsonl'], '{"id":1,"text":"Xin chào"}\r\n{"id":2,"text":""}\n');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });

  it('names a line whose text is not a string, and one with invalid UTF-8 bytes', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":1,"text":42}\n'),
      Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a]),
      Buffer.from('{"id":3,"text":"ok"}\n'),
    ]);
    const r = await run(['analyze', '--jsonl'], bytes);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 1: "text" must be a string/);
    expect(r.err).toMatch(/line 2: .*UTF-8/);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([3]);
  });
});

describe('errors: one line on stderr and exit code 2', () => {
  it('missing file', async () => {
    const r = await run(['analyze', join(dir, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/nope\.txt: no such file/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('empty input (file and stdin, including whitespace only)', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    for (const r of [await run(['analyze', file]), await run(['analyze', '-'], ' \n\t\n'), await run(['analyze', '--jsonl'], '')]) {
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/empty input/);
    }
  });

  it('binary input (NUL bytes) and text that is not UTF-8', async () => {
    const bin = await run(['analyze', '-'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(bin.code).toBe(2);
    expect(bin.err).toMatch(/binary input/);
    const latin = await run(['analyze', '-'], Buffer.from('Ph\xf3 B\xed th\u01b0', 'latin1'));
    expect(latin.code).toBe(2);
    expect(latin.err).toMatch(/not valid UTF-8/);
  });

  it('bad arguments', async () => {
    for (const argv of [['analyze'], ['analyze', SEED, '--summary', '9'], ['analyze', SEED, '--format', 'xml'], ['analyze', SEED, '--published', 'hôm qua'], ['frobnicate'], ['analyze', SEED, '--nope']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/^soitin: /);
    }
  });
});

describe('--help and --version', () => {
  it('prints usage including the title rule', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage:/);
    expect(r.out).toMatch(/first line is the title/);
  });

  it('prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });
});

describe('bin/soitin.js', () => {
  // The installed command: runs the TypeScript sources through tsx (forced here, so a stale bundle in
  // dist/ cannot hide a bug) and turns main()'s result into the process exit code.
  const BIN = fileURLToPath(new URL('../../bin/soitin.js', import.meta.url));
  const exec = (args: string[], input = '') =>
    spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, SOITIN_FROM_SOURCE: '1' } });

  it('exits 2 with one stderr line for a missing file', () => {
    const r = exec(['analyze', join(dir, 'missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^soitin: cannot read .*missing\.txt: no such file\n$/);
    expect(r.stdout).toBe('');
  });

  it('analyses JSON lines from a pipe', () => {
    const r = exec(['analyze', '--jsonl'], '{"id":7,"text":"Sáng 25/11, ông Nguyễn Văn A đến xã Hà Trung."}\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(7);
  });
});
