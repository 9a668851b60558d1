import { detectLanguage } from '../../src/core/lang';

describe('detectLanguage', () => {
  it.each([
    'Phó Bí thư Thường trực Tỉnh ủy thăm, làm việc tại các xã Hà Trung, Tống Sơn',
    'Tổng thu ngân sách nhà nước năm 2025 ước đạt 243 tỷ 609 triệu đồng.',
    'Thanh Hoa Trien Khai Ke Hoach Phat Trien Kinh Te Xa Hoi Nam 2025',
    'Nguoi dan Ha Noi don Tet trong khong khi am ap',
    'Hà Nội',
    // Short sentences without ă đ ơ ư or a tone-marked letter of the U+1EA0 block, mostly foreign names:
    'Ông Khalil al-Masri nói.',
    'SLNA thua Becamex TP.HCM trên sân Vinh.',
  ])('says vi for Vietnamese: %s', (t) => {
    expect(detectLanguage(t)).toBe('vi');
  });

  it.each([
    ['English', 'The provincial government announced a new budget plan for the coming year.'],
    ['French', "Le gouvernement a annoncé un nouveau plan budgétaire pour l'année à venir, déclare le ministre."],
    ['Czech', 'Vláda oznámila nový rozpočtový plán na příští rok, uvedl ministr financí.'],
    ['Chinese', '省政府宣布了明年的新预算计划。'],
    ['Arabic', 'أعلنت حكومة المقاطعة عن خطة ميزانية جديدة للعام المقبل'],
    ['German', 'Das Ministerium hat einen neuen Haushaltsplan für das kommende Jahr vorgestellt.'],
    ['Spanish', 'La provincia anunció un nuevo plan de presupuesto para el próximo año, dijo el ministro.'],
    ['Portuguese', 'São Paulo é a maior cidade do Brasil e tem muitas pessoas.'],
    ['French, short', 'Le ministre a dit à la presse que la réforme sera votée.'],
    ['empty', '   12345  '],
  ])('says other for %s', (_name, t) => {
    expect(detectLanguage(t)).toBe('other');
  });

  it('looks only at the beginning of a huge page', () => {
    const t = 'Người dân xã Hà Trung phấn khởi đón Tết. '.repeat(200) + 'English text only. '.repeat(100000);
    expect(detectLanguage(t)).toBe('vi');
  });
});
