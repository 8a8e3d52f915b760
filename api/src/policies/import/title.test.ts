import { textLine } from './text-line';
import { findTitle } from './title';

const titleOf = (...lines: string[]) => findTitle(lines.map((line, i) => textLine(line, i + 1)))?.title ?? null;

describe('the title of a document without a 名称 field', () => {
  it('joins a notice title broken over lines and puts the organ above it in front', () => {
    expect(titleOf('金华市婺城区人民政府办公室', '关于印发2022年婺城区政务公开工作', '要点的通知', '各乡镇人民政府：')).toBe(
      '金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知',
    );
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
