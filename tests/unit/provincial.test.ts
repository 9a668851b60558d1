import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreProvincial, lookupSite } from '../../src/core/provincial';
import type { Span } from '../../src/core/types';

const SEED = resolve(__dirname, '../fixtures/seed');
const text = readFileSync(resolve(SEED, 'article.txt'), 'utf8');
const gold = JSON.parse(readFileSync(resolve(SEED, 'gold.json'), 'utf8')) as { entities: Span[] };
const URL = 'https://baothanhhoa.vn/pho-bi-thu-thuong-truc-tinh-uy-nguyen-hong-phong-tham-lam-viec-tai-cac-xa-ha-trung-tong-son-270456.htm';
const NATIONAL =
  'Cục Dự trữ Liên bang Mỹ (Fed) quyết định giữ nguyên lãi suất trong cuộc họp tháng 11. Thị trường chứng khoán Phố Wall tăng điểm sau thông báo. Giới phân tích cho rằng Fed có thể giảm lãi suất vào năm 2026.';

describe('scoreProvincial', () => {
  it('calls the seed article provincial news about Thanh Hóa (site + entities)', () => {
    const v = scoreProvincial(text, gold.entities, { url: URL });
    expect(v.isProvincial).toBe(true);
    expect(v.province).toBe('Thanh Hóa');
    expect(v.score).toBeGreaterThan(0.8);
    expect(v.signals.join(' ')).toContain('baothanhhoa.vn');
  });

  it('still works without entities or URL, with a lower score', () => {
    const full = scoreProvincial(text, gold.entities, { url: URL });
    const bare = scoreProvincial(text, [], {});
    expect(bare.isProvincial).toBe(true);
    expect(bare.province).toBe('Thanh Hóa');
    expect(bare.score).toBeLessThan(full.score);
  });

  it('uses resolved places when the entity recognizer provides them', () => {
    const spans: Span[] = [
      { start: 0, end: 11, type: 'LOCATION', text: 'xã Hà Trung', place: { level: 'commune', unitType: 'xã', name: 'Hà Trung', province: 'Thanh Hóa', current: true } },
      { start: 20, end: 31, type: 'LOCATION', text: 'xã Tống Sơn', place: { level: 'commune', unitType: 'xã', name: 'Tống Sơn', province: 'Thanh Hóa', current: true } },
    ];
    const v = scoreProvincial('xã Hà Trung và … xã Tống Sơn', spans, {});
    expect(v.province).toBe('Thanh Hóa');
    expect(v.score).toBeGreaterThan(0);
  });

  it('says no for national/international news on a national site', () => {
    const v = scoreProvincial(NATIONAL, [], { url: 'https://vnexpress.net/fed-giu-nguyen-lai-suat-4820000.html' });
    expect(v.isProvincial).toBe(false);
    expect(v.province).toBeUndefined();
    expect(v.score).toBeLessThan(0.5);
  });
});

describe('lookupSite', () => {
  it('finds provincial papers (current province), national sites and subdomains', () => {
    expect(lookupSite('https://baothanhhoa.vn/a-1.htm')).toMatchObject({ kind: 'provincial', province: 'Thanh Hóa' });
    expect(lookupSite('https://www.baoyenbai.com.vn/x')).toMatchObject({ kind: 'provincial', province: 'Lào Cai' });
    expect(lookupSite('https://vnexpress.net/x')).toMatchObject({ kind: 'national' });
    expect(lookupSite('https://news.huengaynay.vn/x')).toMatchObject({ province: 'Huế' });
    expect(lookupSite('https://example.com/')).toBeUndefined();
    expect(lookupSite('not a url')).toBeUndefined();
  });
});
