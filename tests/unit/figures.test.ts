// Figures as a reader sees them highlighted: the span extent, its type and the normalised value shown in the
// hover card and the exports, following the conventions in tests/fixtures/seed/gold.json.
import { figure, figures, texts } from './figures-helpers';

describe('MONEY', () => {
  it('expands mixed scale words into one VND amount, qualifier outside the span', () => {
    const s = figure('Thu ngân sách năm nay ước đạt 152 tỷ 350 triệu đồng.', '152 tỷ 350 triệu đồng');
    expect(s).toMatchObject({ type: 'MONEY', value: 152_350_000_000, currency: 'VND', qualifier: 'ước đạt' });
    expect(figure('Mỗi hộ nhận 2 triệu 500 nghìn đồng.', '2 triệu 500 nghìn đồng').value).toBe(2_500_000);
  });

  it('reads decimal commas, thousands dots and stacked scales', () => {
    expect(figure('Quy mô nền kinh tế đạt 1,5 triệu tỷ đồng.', '1,5 triệu tỷ đồng').value).toBe(1.5e15);
    expect(figure('Tổng vốn 2.750 tỷ đồng được phân bổ.', '2.750 tỷ đồng').value).toBe(2_750_000_000_000);
    expect(figure('Kim ngạch đạt hơn 4,2 nghìn tỷ đồng.', '4,2 nghìn tỷ đồng')).toMatchObject({ value: 4.2e12, qualifier: 'hơn' });
    expect(figure('Quỹ có 3 vạn đồng.', '3 vạn đồng').value).toBe(30_000);
  });

  it('names the currency in ISO codes', () => {
    expect(figure('Thu nhập bình quân 5.100 USD/người/năm.', '5.100 USD/người/năm')).toMatchObject({ currency: 'USD', value: 5100, per: 'người/năm' });
    expect(figure('Dự án vay 12 triệu euro.', '12 triệu euro')).toMatchObject({ currency: 'EUR', value: 12_000_000 });
    expect(figure('Nhà đầu tư rót 300 triệu đô la Mỹ.', '300 triệu đô la Mỹ').currency).toBe('USD');
    expect(figure('Khoản viện trợ 2 tỷ yên.', '2 tỷ yên').currency).toBe('JPY');
    expect(figure('Vé vào cửa 30.000đ/lượt.', '30.000đ/lượt')).toMatchObject({ currency: 'VND', value: 30000, per: 'lượt' });
    expect(figure('Giá 45.000 VNĐ một suất.', '45.000 VNĐ').currency).toBe('VND');
  });

  it('keeps per-unit prices in the span', () => {
    const s = figure('Giá thuê mặt bằng chợ là 95.000 đồng/m2/tháng.', '95.000 đồng/m2/tháng');
    expect(s).toMatchObject({ value: 95000, currency: 'VND', per: 'm2/tháng' });
    expect(figure('Cà phê xuất khẩu đạt 5.600 USD/tấn.', '5.600 USD/tấn').per).toBe('tấn');
  });

  it('reads ranges and shares as one span', () => {
    expect(figure('Mỗi căn có giá 2-3 tỷ đồng.', '2-3 tỷ đồng')).toMatchObject({ valueMin: 2e9, valueMax: 3e9, currency: 'VND' });
    expect(figure('Tỉnh đã giải ngân 450/900 tỷ đồng vốn.', '450/900 tỷ đồng')).toMatchObject({ value: 450e9, of: 900e9 });
  });

  it('infers an elided currency in a money sentence and marks it', () => {
    const s = figure('Tổng kinh phí thực hiện dự án khoảng 820 tỷ.', '820 tỷ');
    expect(s).toMatchObject({ type: 'MONEY', value: 820e9, currency: 'VND', inferredCurrency: true, qualifier: 'khoảng' });
    const [a, b] = figures('Giá vé tăng từ 40.000 lên 55.000 đồng.');
    expect(a).toMatchObject({ text: '40.000', type: 'MONEY', inferredCurrency: true, value: 40000 });
    expect(b).toMatchObject({ text: '55.000 đồng', type: 'MONEY', value: 55000 });
    expect(b.inferredCurrency).toBeUndefined();
  });

  it('does not invent money without a money word nearby', () => {
    expect(texts('Dân số toàn tỉnh khoảng 3,6 triệu, đứng thứ ba cả nước.')).toEqual([]);
  });

  it('does not read "đồng chí" or "đô thị" as a currency', () => {
    expect(figure('Có 4 đồng chí được khen thưởng.', '4 đồng chí').type).toBe('QUANTITY');
    expect(texts('Tỉnh có 7 đô thị loại III.').some((t) => t.startsWith('MONEY'))).toBe(false);
  });
});

describe('PERCENT', () => {
  it('reads "%" and "phần trăm" with Vietnamese decimals', () => {
    expect(figure('GRDP tăng 7,85% so với năm trước.', '7,85%')).toMatchObject({ type: 'PERCENT', value: 7.85 });
    expect(figure('Lãi suất giảm 2 phần trăm.', '2 phần trăm').value).toBe(2);
  });
  it('marks percentage points and ranges', () => {
    expect(figure('Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm.', '1,2 điểm phần trăm')).toMatchObject({ value: 1.2, unit: 'percentage point' });
    expect(figure('Năng suất tăng 10-15% tùy vùng.', '10-15%')).toMatchObject({ valueMin: 10, valueMax: 15 });
    expect(figure('Tỷ lệ tiêm chủng đạt gần 98%.', '98%').qualifier).toBe('gần');
  });
});

describe('DATE', () => {
  it('anchors day/month to the publication year and leaves time-of-day words out', () => {
    expect(figure('Chiều 18/11, đoàn công tác đến thăm.', '18/11')).toMatchObject({ type: 'DATE', value: '2025-11-18' });
    expect(figure('Tối thứ Sáu (21/11), lễ hội khai mạc.', '21/11').value).toBe('2025-11-21');
    expect(figure('Ngày 9/2 là hạn chót.', 'Ngày 9/2').value).toBe('2025-02-09');
  });
  it('uses the year from a full ISO timestamp in Vietnam time', () => {
    expect(figure('Sáng 3/1, hội nghị bắt đầu.', '3/1', '2025-12-31T18:30:00Z').value).toBe('2026-01-03');
  });
  it('writes "--MM-DD" when the year is unknown', () => {
    const [s] = figures('Ngày 14/3 trường khai giảng.', null);
    expect(s).toMatchObject({ text: 'Ngày 14/3', value: '--03-14' });
  });
  it('reads full, month and year dates with their calendar word', () => {
    expect(figure('Quyết định có hiệu lực từ ngày 12/8/2024.', 'ngày 12/8/2024')).toMatchObject({ value: '2024-08-12', qualifier: 'từ' });
    expect(figure('Công trình khởi công tháng 3/2026.', 'tháng 3/2026').value).toBe('2026-03');
    expect(figure('Hạn nộp trong tháng 12 năm 2025.', 'tháng 12 năm 2025').value).toBe('2025-12');
    expect(figure('Đến năm 2030, tỉnh phấn đấu trở thành tỉnh khá.', 'năm 2030')).toMatchObject({ value: '2030', qualifier: 'đến' });
    expect(figure('Ký kết ngày 7 tháng 10 năm 2023.', 'ngày 7 tháng 10 năm 2023').value).toBe('2023-10-07');
  });
  it('reads dotted and dashed dates', () => {
    expect(figure('Chiến thắng 30.4.1975 mở ra kỷ nguyên mới.', '30.4.1975').value).toBe('1975-04-30');
    expect(figure('Hoàn thành vào tháng 6.2024.', 'tháng 6.2024').value).toBe('2024-06');
    expect(figure('Sáng 20-1, UBND tỉnh họp.', '20-1').value).toBe('2025-01-20');
    expect(figure('Ngày 2-9-2025 là Quốc khánh.', 'Ngày 2-9-2025').value).toBe('2025-09-02');
  });
  it('reads bare years and years of birth', () => {
    expect(figure('Bị cáo Trần Văn C (SN 1992) bị bắt.', '1992')).toMatchObject({ type: 'DATE', value: '1992' });
    expect(figure('Hội chợ Xuân 2026 thu hút khách.', '2026').value).toBe('2026');
  });
  it('rejects impossible dates', () => {
    expect(texts('Tỷ số 31/2 không có trong lịch.').some((t) => t.startsWith('DATE'))).toBe(false);
  });
});

describe('PERIOD', () => {
  it('reads terms and year ranges as one span with a start/end value', () => {
    expect(figure('Đại hội Đảng bộ xã nhiệm kỳ 2020-2025.', 'nhiệm kỳ 2020-2025').value).toBe('2020/2025');
    expect(figure('Kế hoạch giai đoạn 2026 - 2030 được thông qua.', 'giai đoạn 2026 - 2030').value).toBe('2026/2030');
    expect(figure('Tổng kết năm học 2024-2025.', 'năm học 2024-2025').value).toBe('2024/2025');
  });
  it('reads "từ … đến …" with both ends, and "đến nay" up to the publication date', () => {
    expect(figure('Từ năm 2021 đến năm 2024, xã xây 12 cầu.', 'Từ năm 2021 đến năm 2024').value).toBe('2021/2024');
    expect(figure('Tính từ đầu năm 2025 đến nay, tỉnh đón 3 triệu khách.', 'từ đầu năm 2025 đến nay').value).toBe('2025-01-01/2025-11-25');
    expect(figure('Từ tháng 5.2023 đến tháng 1.2024 thi công.', 'Từ tháng 5.2023 đến tháng 1.2024').value).toBe('2023-05/2024-01');
    expect(figure('Giai đoạn từ 2016 đến 2020 tăng mạnh.', 'Giai đoạn từ 2016 đến 2020').value).toBe('2016/2020');
    expect(figure('Từ ngày 1/12 đến ngày 15/12/2024 cấm đường.', 'Từ ngày 1/12 đến ngày 15/12/2024').value).toBe('2024-12-01/2024-12-15');
  });
  it('reads months of a year and quarters', () => {
    expect(figure('Trong 6 tháng đầu năm 2024, xuất khẩu tăng.', '6 tháng đầu năm 2024').value).toBe('2024-01-01/2024-06-30');
    expect(figure('Kết quả 10 tháng năm 2023 khả quan.', '10 tháng năm 2023').value).toBe('2023-01-01/2023-10-31');
    expect(figure('Số liệu quý II/2025 cho thấy.', 'quý II/2025').value).toBe('2025-04-01/2025-06-30');
    expect(figure('Dự kiến hoàn thành trong quý 4 năm 2026.', 'quý 4 năm 2026').value).toBe('2026-10-01/2026-12-31');
  });
  it('keeps "cùng kỳ năm" with its year and lets the period swallow the year', () => {
    expect(figure('Tăng 12% so với cùng kỳ năm 2024.', 'cùng kỳ năm 2024')).toMatchObject({ type: 'PERIOD', value: '2024' });
    expect(texts('Nhiệm kỳ 2021-2026 sắp kết thúc.')).toEqual(['PERIOD:Nhiệm kỳ 2021-2026']);
  });
  it('reads a day range inside one month', () => {
    expect(figure('Lễ hội diễn ra ngày 12-14/2.', 'ngày 12-14/2').value).toBe('2025-02-12/2025-02-14');
  });
});

describe('QUANTITY', () => {
  it('reads number + head noun or unit', () => {
    expect(figure('Toàn tỉnh có 166 xã, phường.', '166 xã')).toMatchObject({ type: 'QUANTITY', value: 166, unit: 'xã' });
    expect(figure('Gieo cấy 12,5 ha lúa.', '12,5 ha')).toMatchObject({ value: 12.5, unit: 'ha' });
    expect(figure('Đàn có 2.500 con bò.', '2.500 con bò')).toMatchObject({ value: 2500, unit: 'con bò' });
    expect(figure('Xây mới 12 căn nhà cho hộ nghèo.', '12 căn nhà')).toMatchObject({ value: 12, unit: 'căn nhà' });
    expect(figure('Có 3 con đã được chữa khỏi.', '3 con')).toMatchObject({ value: 3, unit: 'con' });
    expect(figure('Tiêu hủy 12.000 con gia súc.', '12.000 con gia súc')).toMatchObject({ value: 12000, unit: 'con gia súc' });
    expect(figure('Nâng cấp 3,5km đường.', '3,5km')).toMatchObject({ value: 3.5, unit: 'km' });
    expect(figure('Cụ bà 102 tuổi vẫn minh mẫn.', '102 tuổi').value).toBe(102);
    expect(figure('Thu gom 15 tấn rác.', '15 tấn').unit).toBe('tấn');
    expect(figure('Tăng trưởng 2 con số.', '2 con số').unit).toBe('con số');
  });
  it('expands scale words and keeps qualifiers outside', () => {
    expect(figure('Hơn 3 nghìn người tham gia.', '3 nghìn người')).toMatchObject({ value: 3000, qualifier: 'hơn' });
  });
  it('reads ranges, fractions and compound durations', () => {
    expect(figure('Thời gian thi công 2-4 năm.', '2-4 năm')).toMatchObject({ valueMin: 2, valueMax: 4, unit: 'năm' });
    expect(figure('Có 4/6 thôn đạt chuẩn.', '4/6 thôn')).toMatchObject({ value: 4, of: 6, unit: 'thôn' });
    expect(figure('Ông công tác 3 năm 8 tháng ở xã.', '3 năm 8 tháng')).toMatchObject({ value: 44, unit: 'tháng' });
    expect(figure('Mở rộng 5-8ha vùng trồng.', '5-8ha')).toMatchObject({ valueMin: 5, valueMax: 8 });
  });
  it('needs a digit and a known noun', () => {
    expect(texts('Hai xã đã sáp nhập và một số thôn chưa.')).toEqual([]);
    expect(texts('Đội bóng thắng 3 Quảng Nam.')).toEqual([]);
    expect(texts('Đội 3 và tổ 5 đã hoàn thành.')).toEqual([]);
    expect(figure('Danh mục 5 dự án trọng điểm.', '5 dự án').value).toBe(5);
    expect(figure('Kiểm tra định kỳ 6 tháng một lần.', '6 tháng').value).toBe(6);
  });
});

describe('ORDINAL', () => {
  it('reads "lần thứ" with Roman, Arabic and spelled numbers', () => {
    expect(figure('Đại hội Đảng bộ tỉnh lần thứ XIX thành công.', 'lần thứ XIX').value).toBe(19);
    expect(figure('Hội nghị lần thứ 7 diễn ra.', 'lần thứ 7').value).toBe(7);
    expect(figure('Giải chạy lần thứ ba thu hút đông người.', 'lần thứ ba').value).toBe(3);
  });
  it('reads term numbers, coordinated ones as separate spans', () => {
    expect(figure('Đại biểu Quốc hội khóa XV phát biểu.', 'khóa XV').value).toBe(15);
    expect(texts('HĐND tỉnh khóa XVII và XVIII.')).toEqual(['ORDINAL:khóa XVII', 'ORDINAL:XVIII']);
    expect(figure('Nghị quyết HĐND khoá XIX.', 'khoá XIX').value).toBe(19);
  });
  it('reads "thứ N" after an event noun only', () => {
    expect(figure('Kỳ họp thứ 12 HĐND tỉnh.', 'thứ 12').value).toBe(12);
    expect(texts('Thứ Hai tuần sau và thứ 2 tuần này, chợ nghỉ.')).toEqual([]);
  });
});

describe('not figures', () => {
  it('skips identifiers, names, clock times and scores', () => {
    const cases = [
      'Thực hiện Nghị quyết số 57/2024/QH15 của Quốc hội.',
      'Theo Quyết định 2456/QĐ-UBND và Kết luận 12-KL/TW.',
      'Căn cứ Điều 35 và khoản 2 Luật Đất đai.',
      'Liên hệ số điện thoại 0912.888.999 hoặc 0237 3852 111.',
      'Xe biển kiểm soát 36A-456.78 gây tai nạn.',
      'Cuộc họp bắt đầu lúc 8 giờ, kéo dài đến 11h30, phiên chiều 14 giờ 30.',
      'Đội nhà thắng 98-87 trong trận chung kết.',
      'Học sinh lớp 9, tổ dân phố 4, quận 3, quốc lộ 1A, phương án 2.',
      'Kênh VTV3 phủ sóng mạng 5G và COVID-19.',
    ];
    for (const c of cases) expect(texts(c), c).toEqual([]);
  });
});

describe('layering', () => {
  it('never overlaps figures of any type', () => {
    const text =
      'Từ đầu năm 2025 đến nay, trong 6 tháng đầu năm 2025, quý I/2025 và nhiệm kỳ 2020-2025, xã thu 12 tỷ 300 triệu đồng, ' +
      'tăng 5,5% so với cùng kỳ năm 2024; 3/5 thôn đạt chuẩn; Đại hội lần thứ XX ngày 25/11/2025.';
    const spans = figures(text);
    expect(spans.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('reports offsets in the original text for decomposed or old-style input', () => {
    const text = 'Ước đạt 15 tỷ đồng, khoá XIV.'.normalize('NFD');
    const spans = figures(text);
    expect(spans.map((s) => s.type)).toEqual(['MONEY', 'ORDINAL']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans[0].qualifier).toBe('ước đạt');
  });
});
