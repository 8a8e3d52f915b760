import { cleanText } from './clean';

describe('cleaning scraped and extracted text', () => {
  it('removes pinyin readings glued after characters, in ASCII and full-width brackets', () => {
    expect(cleanText('政務(wù)公開與發(fā)布，政务（zhèng wù）公开（gōngkāi）')).toEqual(['政務公開與發布，政务公开']);
  });

  it('keeps real bracketed text', () => {
    const lines = ['(一)以公开助力经济健康发展。', '区委宣传部（区新闻中心）', '政务新媒体(APP)、网站(online)', '规划（计划）'];
    expect(cleanText(lines.join('\n'))).toEqual(lines);
  });

  it('drops page numbers and a header repeated on every page, and runs the cut sentence on again', () => {
    const text = [
      '灵武市政府办公室文件',
      '一、持续深化重点领域信息公开',
      '增强政策制定实施的透明度和可预期性，提振市场主体信心，持续打',
      '',
      '— 3 —',
      '',
      '灵武市政府办公室文件',
      '造市场化、法治化营商环境，尽快建立市场主体反映投资工程建设项',
      '第 4 页 共 10 页',
      '灵武市政府办公室文件',
      '目审批问题的办理和反馈机制，及时回应和解决“堵点”问题，持续优',
      '- 5 -',
      '化投资和建设环境。',
    ].join('\n');
    expect(cleanText(text)).toEqual([
      '一、持续深化重点领域信息公开',
      '增强政策制定实施的透明度和可预期性，提振市场主体信心，持续打造市场化、法治化营商环境，尽快建立市场主体反映投资工程建设项目审批问题的办理和反馈机制，及时回应和解决“堵点”问题，持续优化投资和建设环境。',
    ]);
  });

  it('keeps a short line that recurs in the middle of pages: it is text, not a running header', () => {
    const text = ['- 1 -', '标题', '第一段的开头，', '实)', '第二段的开头，', '实)', '第三段的开头，', '实)', '结尾。', '- 2 -'].join('\n');
    expect(cleanText(text)).toEqual(['标题', '第一段的开头，', '实)', '第二段的开头，', '实)', '第三段的开头，', '实)', '结尾。']);
  });

  it('drops page numbers printed bare at the page breaks of a PDF, and keeps a number alone elsewhere', () => {
    const text = '现将《办法》印发给你们。\n2\n\f一、救助对象\n因火灾等导致生活严重困难的家庭。\n3\n\f二、补助人数\n12\n三、补助标准\n4\n';
    expect(cleanText(text)).toEqual(['现将《办法》印发给你们。', '一、救助对象', '因火灾等导致生活严重困难的家庭。', '二、补助人数', '12', '三、补助标准']);
    expect(cleanText('一、补助人数\n12')).toEqual(['一、补助人数', '12']);
  });

  it('treats a form feed as a page break', () => {
    const text = '灵武市政府办公室文件\n（一）以公开助力经济健康发展。\f灵武市政府办公室文件\n（二）以公开助力社会和谐稳定。\f灵武市政府办公室文件\n（三）以公开助力法治政府建设。';
    expect(cleanText(text)).toEqual(['（一）以公开助力经济健康发展。', '（二）以公开助力社会和谐稳定。', '（三）以公开助力法治政府建设。']);
  });

  it('runs on a full line that ends with a full stop when paragraphs are marked by their indent', () => {
    const lines = [
      '\u3000\u3000一、持续深化重点领域信息公开',
      '\u3000\u3000修订完善本单位职能领域政务公开目录。',
      '督促重点公共企事业单位全面公开各类信息，',
      '强化社会监督。',
      '\u3000\u3000线上由专号用于政策咨询解答，线下在政',
      '务服务中心设立“政策咨询导引综合服务站”',
      '开展咨询。',
      '\u3000\u3000各单位要根据本要点制定工作方案。',
      '\u3000\u3000做好工作指导。',
    ];
    expect(cleanText(lines.join('\n'))).toEqual([
      '一、持续深化重点领域信息公开',
      '修订完善本单位职能领域政务公开目录。督促重点公共企事业单位全面公开各类信息，强化社会监督。',
      '线上由专号用于政策咨询解答，线下在政务服务中心设立“政策咨询导引综合服务站”开展咨询。',
      '各单位要根据本要点制定工作方案。',
      '做好工作指导。',
    ]);
  });

  it('does not run a title or a signature on into the paragraph under it', () => {
    const lines = [
      '灵武市2022年政务公开工作要点',
      '2022年,全市政务公开工作的总体要求是:以习近平新时代中国特色社会主义思想为指导。',
      '灵武市人民政府办公室',
      '2022年5月26日',
    ];
    expect(cleanText(lines.join('\n'))).toEqual(lines);
  });

  it('trims full-width indents and trailing spaces but keeps the tabs that mark table cells', () => {
    expect(cleanText('\u3000\u3000三、聚焦数字赋能  \n\t全年  \n\t\n1\t\t全年')).toEqual([
      '三、聚焦数字赋能',
      '\t全年',
      '\t',
      '1\t\t全年',
    ]);
  });

  it('drops the chrome of a web page but keeps the contact lines of a notice', () => {
    const text = [
      '灵武市人民政府',
      '首页 | 政务公开 | 政务服务 | 互动交流',
      '当前位置：首页 > 政务公开 > 通知公告',
      '通知公告',
      '关于开展政府开放日活动的通知',
      '主办单位：灵武市民政局',
      '联系电话：0951-4012345',
      '分享到：微信 微博',
      '【打印本页】【关闭窗口】',
      '版权所有：灵武市人民政府　　网站标识码：6401810001',
    ].join('\n');
    expect(cleanText(text)).toEqual(['关于开展政府开放日活动的通知', '主办单位：灵武市民政局', '联系电话：0951-4012345']);
  });
});
