import { textLine } from './text-line';
import { findTitle } from './title';

const titleOf = (...lines: string[]) => findTitle(lines.map((line, i) => textLine(line, i + 1)))?.title ?? null;

describe('the title of a document without a 名称 field', () => {
  it('joins a notice title broken over lines and puts the organ above it in front', () => {
    expect(titleOf('金华市婺城区人民政府办公室', '关于印发2022年婺城区政务公开工作', '要点的通知', '各乡镇人民政府：')).toBe(
      '金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知',
    );
  });

  it('goes on past a kind of document named inside 《》 to the end of the title (关于印发《……办法 / （试行）》的通知)', () => {
    expect(titleOf('婺城区民政局', '关于印发《婺城区高龄津贴发放管理办法', '（试行）》的通知', '各街道：')).toBe('婺城区民政局关于印发《婺城区高龄津贴发放管理办法（试行）》的通知');
  });

  it('takes a title with a qualifier after its kind (（征求意见稿）, （试行）) over a line before it', () => {
    expect(titleOf('抄送：区委办', '婺城区2026年冬季取暖补贴发放方案（征求意见稿）', '一、补贴对象')).toBe('婺城区2026年冬季取暖补贴发放方案（征求意见稿）');
    expect(titleOf('各街道、乡镇：', '婺城区居家养老服务补贴实施细则（试行）')).toBe('婺城区居家养老服务补贴实施细则（试行）');
  });

  it('does not put the organ in front twice', () => {
    expect(titleOf('婺城区民政局', '婺城区民政局关于做好老年人助餐服务的通知', '各街道：')).toBe(
      '婺城区民政局关于做好老年人助餐服务的通知',
    );
  });

  it('takes the line naming a kind of document over a remark before it', () => {
    expect(titleOf('（此件公开发布）', '2022年槐荫区政务公开工作要点', '2022年政务公开工作的总体要求是：')).toBe(
      '2022年槐荫区政务公开工作要点',
    );
  });

  it('joins a title broken over lines that does not start with 关于', () => {
    expect(titleOf('2022年槐荫区政务公开', '工作要点', '2022年政务公开工作的总体要求是：')).toBe('2022年槐荫区政务公开工作要点');
  });

  it('takes the first short line when no line names a kind of document', () => {
    expect(titleOf('婺城区惠企政策汇编', '为方便企业查阅，现将有关政策汇编如下。')).toBe('婺城区惠企政策汇编');
  });

  it('finds none in an organ name, a date and sentences', () => {
    expect(titleOf('金华市婺城区人民政府办公室', '2022年6月28日', '现将工作要点印发给你们。')).toBeNull();
  });
});
