import { captionLines, emWidth, qrSvg, ratingLink } from './rating-links';

// The printed code's caption must stay on the picture: wrapped to the code's width, never cut off.

const BASE = 'http://127.0.0.1:4000';
const captionTexts = (svg: string) => [...svg.matchAll(/<text [^>]*font-size="22"[^>]*>([^<]*)<\/text>/gu)].map((m) => m[1]!);
const sizeOf = (svg: string) => Number(/viewBox="0 0 (\d+) (\d+)"/u.exec(svg)![1]);
const heightOf = (svg: string) => Number(/viewBox="0 0 (\d+) (\d+)"/u.exec(svg)![2]);

describe('the caption under a printed rating code', () => {
  it('estimates widths: CJK and full-width characters 1 em, Latin, digits and · 0.6', () => {
    expect(emWidth('区民政局')).toBe(4);
    expect(emWidth('A12')).toBeCloseTo(1.8);
    expect(emWidth(' · ')).toBeCloseTo(1.8);
    expect(emWidth('（）')).toBe(2);
  });

  it('breaks at the separators first, and a part too long for a line by characters', () => {
    expect(captionLines('区民政局 · 低保申请', 15)).toEqual(['区民政局 · 低保申请']);
    expect(captionLines('区民政局 · 最低生活保障申请 · 3号窗口', 15)).toEqual(['区民政局 · 最低生活保障申请', '3号窗口']);
    expect(captionLines('区人力资源和社会保障局 · 失业保险金申领 · A12号窗口', 10)).toEqual(['区人力资源和社会保障', '局 · 失业保险金申领', 'A12号窗口']);
  });

  it('keeps a short caption on one line, the picture as high as before', () => {
    const svg = qrSvg(`${BASE}/#/pages/rating/rate/index?service=s1`, '区民政局 · 低保申请');
    expect(captionTexts(svg)).toEqual(['区民政局 · 低保申请']);
    expect(heightOf(svg)).toBe(sizeOf(svg) + 56);
  });

  it('wraps a window code of a long-named service so every line fits the code, and grows the picture for them', () => {
    const service = { id: 'a1b2c3d4e5f60718', department: '区人力资源和社会保障局', name: '灵活就业人员社会保险补贴申请（含个体工商户）' };
    const link = ratingLink(BASE, service, 'A12');
    const lines = captionTexts(link.qrCodeSvg);
    const size = sizeOf(link.qrCodeSvg);
    expect(lines.join(' · ').replace(/ · /gu, '')).toBe(link.caption.replace(/ · /gu, ''));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(emWidth(line) * 22).toBeLessThanOrEqual(size - 32);
    expect(heightOf(link.qrCodeSvg)).toBe(size + lines.length * 28 + 28);
    // The 微信扫码 line comes under the last caption line.
    expect(link.qrCodeSvg).toContain(`y="${size + lines.length * 28 + 22}" font-size="16"`);
    expect(Buffer.from(link.qrCodeDataUrl.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8')).toBe(link.qrCodeSvg);
  });

  it('escapes what XML would read as markup, line by line', () => {
    expect(captionTexts(qrSvg('x', '<政务> · R&D'))).toEqual(['&lt;政务&gt; · R&amp;D']);
  });
});
