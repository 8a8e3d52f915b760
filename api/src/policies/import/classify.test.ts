import { classify } from './classify';

describe('topics and target groups', () => {
  it('takes a keyword in the title as clear evidence', () => {
    expect(classify('关于做好2022年高校毕业生就业创业工作的通知', '各有关单位：现将有关事项通知如下。')).toEqual({
      topics: ['就业创业'],
      targetGroups: ['高校毕业生'],
    });
  });

  it('takes keywords that fill the body as clear evidence', () => {
    const body = '推进居家养老服务，扩大养老机构床位，为高龄老年人提供助餐服务。'.repeat(5);
    expect(classify('婺城区2022年民生实事', body)).toEqual({ topics: ['养老服务'], targetGroups: ['老年人'] });
  });

  it('does not take a passing mention for the subject', () => {
    const body = `${'各单位要按照要求认真做好政务公开各项工作，确保落实到位。'.repeat(40)}统筹做好疫情防控信息发布，服务企业。`;
    expect(classify('婺城区2022年政务公开工作要点', body)).toEqual({ topics: ['政务公开'], targetGroups: [] });
  });
});
