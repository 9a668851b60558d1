// Round 4 of the figures recognizer, on invented sentences: counted nouns of mining, permits and routes,
// compound counted nouns, "từ X đến Y" ranges, distances after "quãng đường", and a bare month that takes the
// year of its coordinated sibling.
import { figure, texts } from './figures-helpers';

describe('counted nouns', () => {
  it('counts mines, permits and air routes', () => {
    expect(figure('Tỉnh có 12 mỏ đang khai thác.', '12 mỏ')).toMatchObject({ type: 'QUANTITY', value: 12, unit: 'mỏ' });
    expect(figure('Sở đã cấp 35 giấy phép xây dựng.', '35 giấy phép')).toMatchObject({ type: 'QUANTITY', unit: 'giấy phép' });
    expect(figure('Hãng mở thêm 4 đường bay nội địa.', '4 đường bay')).toMatchObject({ type: 'QUANTITY', unit: 'đường bay' });
  });

  it('takes compound counted nouns whole', () => {
    const t = texts('Huyện đón 5.000 lượt khách, có 40 cơ sở lưu trú, xây 12 trạm biến áp và tiêm cho trẻ dưới 6 năm tuổi.');
    expect(t).toEqual(expect.arrayContaining(['QUANTITY:5.000 lượt khách', 'QUANTITY:40 cơ sở lưu trú', 'QUANTITY:12 trạm biến áp', 'QUANTITY:6 năm tuổi']));
  });

  it('reads the distance after "quãng đường" and "con đường" (no street number)', () => {
    expect(figure('Học sinh đi quãng đường 4-6 km tới trường.', '4-6 km')).toMatchObject({ type: 'QUANTITY', valueMin: 4, valueMax: 6, unit: 'km' });
    expect(figure('Xã làm con đường 3 km.', '3 km')).toMatchObject({ value: 3 });
  });
});

describe('"từ X đến Y" ranges', () => {
  // Closest seed analogue: PERIOD "từ X đến Y" is one span that includes "từ"; amounts follow it.
  it('reads a money range as one span with min and max', () => {
    const s = figure('Mỗi con bò có giá từ 180 đến 200 triệu đồng.', 'từ 180 đến 200 triệu đồng');
    expect(s).toMatchObject({ type: 'MONEY', currency: 'VND', valueMin: 180_000_000, valueMax: 200_000_000 });
  });

  it('reads an age range as one QUANTITY', () => {
    const s = figure('Tuyển lao động từ 20 tới 30 tuổi.', 'từ 20 tới 30 tuổi');
    expect(s).toMatchObject({ type: 'QUANTITY', valueMin: 20, valueMax: 30, unit: 'tuổi' });
  });

  it('keeps "tăng từ X lên Y" as two amounts', () => {
    expect(texts('Lương tăng từ 5 lên 6 triệu đồng.').filter((t) => t.startsWith('MONEY')).length).toBe(2);
  });
});

describe('coordinated months share the written year', () => {
  it('gives a bare month the year of its sibling', () => {
    expect(figure('Lượng khách tăng trong tháng 6 và tháng 7/2023.', 'tháng 6').value).toBe('2023-06');
    expect(figure('Trong tháng 5, tháng 6 và tháng 7/2022 giá tăng.', 'tháng 5').value).toBe('2022-05');
    expect(figure('Mưa lớn ngày 30/7 và ngày 2/8/2024.', 'ngày 30/7').value).toBe('2024-07-30');
  });

  it('keeps the publication year when the sibling is not coordinated', () => {
    expect(figure('Tháng 6 này giá tăng so với tháng 7/2023.', 'Tháng 6').value).toBe('2025-06');
  });
});
