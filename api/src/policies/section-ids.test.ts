import { parsed, seedText } from './import/fixtures';
import { sectionIds } from './section-ids';

const ids = (...headings: Array<[level: number, heading: string]>) => sectionIds(headings.map(([level, heading]) => ({ level, heading })));

describe('section ids: a section is named by its numbering, as residents read it', () => {
  it('二、→ 2, the （三） under it → 2-3, that one’s 1. → 2-3-1', () => {
    expect(ids([1, '一、总体要求'], [1, '二、重点任务'], [2, '（一）加强解读。'], [2, '（二）回应关切。'], [3, '1.完善机制。'], [3, '2.加强培训。'], [1, '三、保障措施'])).toEqual([
      '1',
      '2',
      '2-1',
      '2-2',
      '2-2-1',
      '2-2-2',
      '3',
    ]);
  });

  it('reads numbering past ten, half- and full-width brackets and digits, and Traditional headings', () => {
    expect(ids([1, '十二、其他'], [2, '(十一)強化約談問責。'], [3, '１．規範公開。'], [4, '（3）细则'])).toEqual(['12', '12-11', '12-11-1', '12-11-1-3']);
  });

  it('names a measure’s articles by their own numbers, which run on across its chapters (第二章 holds 第三条)', () => {
    expect(ids([1, '第一章 总则'], [3, '第一条 为做好工作，制定本办法。'], [3, '第二条 适用范围。'], [1, '第二章 发放标准'], [3, '第三条 按月发放：'])).toEqual(['1', '1-0-1', '1-0-2', '2', '2-0-3']);
  });

  it('keeps numbering that runs on across chapters (婺城: 二、 holds （五）…（八）)', () => {
    const { policy } = parsed(seedText('wucheng'));
    const named = sectionIds(policy.sections);
    expect(named.slice(0, 6)).toEqual(['1', '1-1', '1-2', '1-3', '1-4', '2']);
    expect(named[6]).toBe('2-5');
    expect(policy.sections[6]!.heading).toMatch(/^（五）/u);
  });

  it('gives every section of the three demo plans a different id', () => {
    for (const name of ['wucheng', 'lingwu', 'huaiyin'] as const) {
      const named = sectionIds(parsed(seedText(name)).policy.sections);
      expect(new Set(named).size).toBe(named.length);
      for (const id of named) expect(id).toMatch(/^\d+(?:-\d+)*$/u);
    }
  });

  it('a skipped level counts as 0, a heading without a number takes its place, a repeated number gets _2', () => {
    expect(ids([1, '一、总体要求'], [3, '1.完善机制。'], [1, '一、重复的编号'], [2, '（）没有数字'])).toEqual(['1', '1-0-1', '1_2', '1-1']);
  });
});
