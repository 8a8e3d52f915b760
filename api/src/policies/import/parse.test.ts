import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyDraftSchema, type PolicyTable } from '@govopen/shared';
import { CORPUS } from './corpus';
import { parsed, sectionCounts, seedText } from './fixtures';

describe('婺城 2022: cover letter, plan and a task table laid out one cell a line', () => {
  const { policy, warnings } = parsed(seedText('wucheng'));

  it('takes the issuer and date from the signature, and publishes on the date written', () => {
    expect(policy).toMatchObject({
      title: '金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知',
      documentNumber: null,
      indexNumber: null,
      issuer: '金华市婺城区人民政府办公室',
      writtenDate: '2022-06-28',
      publishedDate: '2022-06-28',
      validity: 'VALID',
      repealedDate: null,
      disclosure: 'PROACTIVE',
      topics: ['政务公开'],
      targetGroups: [],
    });
    expect(warnings).toEqual(['文中没有文号：有的请补上，没有文号的文件可不填', '没有发布日期，暂按成文日期2022年6月28日记']);
  });

  it('has 4 first-level sections and 14 second-level ones numbered on across them', () => {
    expect(sectionCounts(policy)).toEqual([4, 14, 0]);
    const numbers = policy.sections.filter((s) => s.level === 2).map((s) => /^（(.+?)）/u.exec(s.heading)?.[1]);
    expect(numbers).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四']);
  });

  it('splits a heading run on with its paragraph after the first sentence', () => {
    expect(policy.sections[0]).toEqual({ level: 1, heading: '一、聚焦中心工作、重大事项，持续深化主动公开', text: '' });
    expect(policy.sections[1]?.heading).toBe('（一）加强高能级现代化都市核心区建设公开力度。');
    expect(policy.sections[1]?.text).toMatch(/^紧紧围绕浙江省“四大战略定位”/u);
  });

  it('ends the last section before the attachment', () => {
    const last = policy.sections[policy.sections.length - 1];
    expect(last?.heading).toBe('（十四）健全抓落实工作体系。');
    expect(last?.text).not.toContain('附件');
  });

  it('reads the task table: 4 columns, 12 rows numbered 1 to 12', () => {
    expect(policy.tables).toHaveLength(1);
    const table = policy.tables[0]!;
    expect(table.title).toBe('2022年度全区政务公开工作重点任务清单');
    expect(table.columns).toEqual(['序号', '重点任务', '牵头单位', '完成时限']);
    expect(table.rows.map((row) => row[0])).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(table.rows[7]).toEqual(['8', '完善重大政策发布解读机制', '区委宣传部（区新闻中心）', '三季度前']);
  });

  it('keeps the cover letter and the attachment headings in the body, but not the table cells', () => {
    expect(policy.body.split('\n').slice(0, 4)).toEqual([
      '金华市婺城区人民政府办公室',
      '关于印发2022年婺城区政务公开工作',
      '要点的通知',
      '各乡镇人民政府、街道办事处，区政府各部门：',
    ]);
    expect(policy.body).toContain('\n附件：2022年度全区政务公开工作重点任务清单\n附件\n2022年度全区政务公开工作重点任务清单');
    expect(policy.body).not.toContain('区疫情防控指挥部');
    expect(policy.body).not.toContain('\t');
  });
});

describe('灵武 2022: a web page with a breadcrumb and a metadata table', () => {
  const { policy, warnings } = parsed(seedText('lingwu'));

  it('reads the metadata table', () => {
    expect(policy).toMatchObject({
      title: '灵武市人民政府办公室关于印发灵武市2022年政务公开工作要点的通知',
      documentNumber: null,
      indexNumber: '11640112010148754W/2022-00206',
      issuer: '灵武市人民政府办公室',
      writtenDate: '2022-05-26',
      publishedDate: '2022-05-27',
      validity: 'VALID',
      repealedDate: null,
      disclosure: 'PROACTIVE',
      topics: ['政务公开'],
      targetGroups: [],
    });
    expect(warnings).toEqual(['文中没有文号：有的请补上，没有文号的文件可不填']);
  });

  it('does not take a document number quoted in the body for its own', () => {
    expect(policy.body).toContain('(国办函〔2020〕109号)');
    expect(policy.documentNumber).toBeNull();
  });

  it('has 4, 12 and 14 sections on the three heading levels', () => {
    expect(sectionCounts(policy)).toEqual([4, 12, 14]);
  });

  it('makes a numbered paragraph a heading with its first sentence', () => {
    expect(policy.sections.slice(0, 3).map(({ level, heading }) => ({ level, heading }))).toEqual([
      { level: 1, heading: '一、持续深化重点领域信息公开' },
      { level: 2, heading: '(一)以公开助力经济健康发展。' },
      { level: 3, heading: '1.加强涉及市场主体的信息公开。' },
    ]);
    expect(policy.sections[1]?.text).toBe('');
    expect(policy.sections[2]?.text).toMatch(/^增强政策制定实施的透明度和可预期性/u);
    expect(policy.sections[2]?.text).toMatch(/负责落实\)$/u);
  });

  it('leaves the breadcrumb and the metadata table out of the body, and keeps the cover letter', () => {
    expect(policy.body).not.toMatch(/当前位置|索 引 号|效力状态|一图速览|\|/u);
    expect(policy.body.split('\n').slice(0, 5)).toEqual([
      '各乡镇人民政府(街道办),市政府各部门、直属事业单位:',
      '现将《灵武市2022年政务公开工作要点》印发给你们,请认真抓好贯彻落实。',
      '灵武市人民政府办公室',
      '2022年5月26日',
      '(此件公开发布)',
    ]);
  });

  it('has no table', () => {
    expect(policy.tables).toEqual([]);
  });
});

describe('槐荫 2022: a long plan and a 67-row table with merged cells', () => {
  const { policy, warnings } = parsed(seedText('huaiyin'));
  const table = policy.tables[0] as PolicyTable;

  it('finds no issuer or dates, and says so instead of inventing them', () => {
    expect(policy).toMatchObject({
      title: '2022年槐荫区政务公开工作要点',
      documentNumber: null,
      indexNumber: null,
      issuer: null,
      writtenDate: null,
      publishedDate: null,
      validity: 'VALID',
      repealedDate: null,
      disclosure: 'PROACTIVE',
      topics: ['政务公开'],
      targetGroups: [],
    });
    expect(warnings).toEqual([
      '文中没有文号：有的请补上，没有文号的文件可不填',
      '文中没有发布机构，请补上',
      '文中没有成文日期，请补上',
      '文中没有发布日期，请补上',
    ]);
  });

  it('has 5 first-level and 20 second-level sections', () => {
    expect(sectionCounts(policy)).toEqual([5, 20, 0]);
    expect(policy.sections[policy.sections.length - 1]?.heading).toBe('（四）抓好责任落实。');
  });

  it('names the column that 工作任务 spans as 工作任务（细项）, so every row fits the header', () => {
    expect(table.title).toBe('2022年槐荫区政务公开重点工作任务分解表');
    expect(table.columns).toEqual(['序号', '工作任务', '工作任务（细项）', '具体要求', '责任单位', '完成时限']);
    expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
  });

  it('has all 67 rows, numbered in order', () => {
    expect(table.rows.map((row) => row[0])).toEqual(Array.from({ length: 67 }, (_, i) => String(i + 1)));
  });

  it('fills merged cells from the cell above', () => {
    const emptyUnderFilled = table.rows.flatMap((row, r) =>
      row.flatMap((cell, c) => (r > 0 && cell === '' && table.rows[r - 1]![c] !== '' ? [`row ${r + 1} column ${c + 1}`] : [])),
    );
    expect(emptyUnderFilled).toEqual([]);
    expect(table.rows[1]).toEqual([
      '2',
      '聚焦重点领域，深化信息公开',
      '紧扣高质量发展加强信息公开',
      '主动公开实施传统消费升级行动相关政策，拓展无接触式消费。深入推进高质量发展新动能，用好产业扶持政策、招商引资新政，精准支持企业在优势领域“精耕细作”。',
      '区发展改革局、区商务局等有关部门，各街道办事处',
      '全年',
    ]);
    expect(table.rows[5]?.slice(4)).toEqual(['区政府有关部门，各街道办事处', '全年']);
  });

  it('keeps the line after the table (抄送) in the body', () => {
    expect(policy.body.split('\n').pop()).toMatch(/^抄送：区委各部门/u);
  });
});

describe('every seed', () => {
  it.each(['wucheng', 'lingwu', 'huaiyin'] as const)('%s gives a draft the importer accepts', (name) => {
    expect(policyDraftSchema.safeParse(parsed(seedText(name)).policy).error).toBeUndefined();
  });
});

describe('a measure (办法) set out in chapters and articles, with a table of contents', () => {
  const { policy } = parsed(readFileSync(join(CORPUS, '22-contents-articles.txt'), 'utf8'));

  it('opens a section at each chapter and article, not at the table of contents', () => {
    expect(policy.sections.map((section) => [section.level, section.heading.slice(0, 5)])).toEqual([
      [1, '第一章 总'],
      [3, '第一条 为'],
      [3, '第二条 本'],
      [1, '第二章 发'],
      [3, '第三条 高'],
      [3, '第四条 本'],
    ]);
  });

  it('keeps the （一） items of an article in its text, and the article quoted mid-sentence in its paragraph', () => {
    expect(policy.sections[4]).toEqual({ level: 3, heading: '第三条 高龄津贴按月发放：', text: '（一）８０至８９周岁每人每月２００元；\n（二）９０周岁以上每人每月５００元。' });
    expect(policy.sections[1]?.heading).toContain('第十条规定，制定本办法。');
  });

  it('keeps a plan numbered 一、二、 in its sections when one paragraph opens by quoting an article', () => {
    const plan = ['关于做好高龄津贴发放工作的通知', '一、发放对象', '第二条 本办法适用于本区户籍老年人。以上为《办法》原文。', '二、发放标准', '每人每月200元。'];
    expect(parsed(plan.join('\n')).policy.sections.map((section) => section.heading)).toEqual(['一、发放对象', '二、发放标准']);
  });

  it('leaves the table of contents, with its dots and page numbers, out of the body', () => {
    expect(policy.body).not.toMatch(/目\s*录|…/u);
  });
});

describe('the last section of a notice', () => {
  const notice = ['灵武市民政局关于发放冬季取暖补贴的通知', '一、补贴对象', '城乡低保家庭。', '二、补贴标准', '每户每年800元。', '灵武市民政局', '二〇二六年十二月一日', '（此件公开发布）'];

  it('ends before the signature, which stays in the body after it', () => {
    const { policy } = parsed(notice.join('\n'));
    expect(policy.sections[policy.sections.length - 1]).toEqual({ level: 1, heading: '二、补贴标准', text: '每户每年800元。' });
    expect(policy.body.split('\n').slice(-3)).toEqual(['灵武市民政局', '二〇二六年十二月一日', '（此件公开发布）']);
    expect(policy.writtenDate).toBe('2026-12-01');
  });

  it('is signed by organs together (联合发文): the first leads, one a line, side by side, or marked （印章）', () => {
    const signings = [
      ['灵武市民政局', '灵武市财政局'],
      ['灵武市民政局　　　灵武市财政局'],
      ['灵武市民政局（印章）', '灵武市财政局（印章）'],
    ];
    for (const organs of signings) {
      const { policy, provenance } = parsed([...notice.slice(0, 5), ...organs, '2026年12月1日'].join('\n'));
      expect({ organs, issuer: policy.issuer, writtenDate: policy.writtenDate, line: provenance.issuer?.line }).toEqual({ organs, issuer: '灵武市民政局', writtenDate: '2026-12-01', line: 6 });
      expect(policy.sections[policy.sections.length - 1]?.text).toBe('每户每年800元。');
    }
  });

  it('ends before a signature with the date beside the organ', () => {
    const { policy } = parsed([...notice.slice(0, 5), '灵武市民政局　　2026年12月1日'].join('\n'));
    expect(policy.sections[policy.sections.length - 1]?.text).toBe('每户每年800元。');
  });
});
