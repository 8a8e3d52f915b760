import { Converter } from 'opencc-js/cn2t';
import { toSimplified } from '@govopen/shared';
import type { ParsedDraft } from './parse';
import { parsePolicyDocument } from './parse';
import { DATES_AS_WRITTEN, DOCUMENT_NUMBERS_AS_WRITTEN, parsed, sectionCounts, seedText } from './fixtures';

// Real documents arrive in worse shape than the seeds: each variant here is built from a seed, and
// must read as the seed does.

const toTraditional = Converter({ from: 'cn', to: 'hk' });

const lingwu = parsed(seedText('lingwu')).policy;
const wucheng = parsed(seedText('wucheng')).policy;
const huaiyin = parsed(seedText('huaiyin')).policy;

function metadataOf(policy: ParsedDraft) {
  const { documentNumber, indexNumber, issuer, writtenDate, publishedDate, validity, repealedDate, disclosure } = policy;
  return { documentNumber, indexNumber, issuer, writtenDate, publishedDate, validity, repealedDate, disclosure };
}

function inSimplified(value: unknown): unknown {
  return JSON.parse(toSimplified(JSON.stringify(value)));
}

describe('a document in Traditional characters', () => {
  const traditional = toTraditional(seedText('lingwu'));
  const { policy } = parsed(traditional);

  it('is really in Traditional characters', () => {
    expect(traditional).toContain('政務公開');
  });

  it('gives the same metadata, with the issuer in Simplified so residents can browse by it', () => {
    expect(metadataOf(policy)).toEqual(metadataOf(lingwu));
  });

  it('keeps its title, body and headings in the script they were written in', () => {
    expect(policy.title).toBe('靈武市人民政府辦公室關於印發靈武市2022年政務公開工作要點的通知');
    expect(policy.body).toContain('政務公開');
    expect(toSimplified(policy.title ?? '')).toBe(lingwu.title);
  });

  it('gives the same sections, topics and (no) table', () => {
    expect(sectionCounts(policy)).toEqual([4, 12, 14]);
    expect(inSimplified(policy.sections)).toEqual(lingwu.sections);
    expect(policy.topics).toEqual(lingwu.topics);
    expect(policy.tables).toEqual([]);
  });

  it('reads a task table with Traditional column names', () => {
    const table = parsed(toTraditional(seedText('wucheng'))).policy.tables;
    expect(table[0]?.columns).toEqual(['序號', '重點任務', '牽頭單位', '完成時限']);
    expect(inSimplified(table)).toEqual(wucheng.tables);
  });
});

describe('a scraped page with pinyin readings glued after characters', () => {
  const traditional = toTraditional(seedText('lingwu'));
  const withReadings = traditional.replaceAll('務', '務(wù)').replaceAll('發', '發(fā)').replaceAll('開', '開（kāi）');

  it('reads as if the readings were not there', () => {
    expect(withReadings).toContain('政務(wù)公開（kāi）');
    expect(withReadings).toContain('發(fā)佈機構');
    expect(parsed(withReadings).policy).toEqual(parsed(traditional).policy);
  });

  it('keeps bracketed text that is not a reading', () => {
    const { policy } = parsed(withReadings);
    expect(policy.body).not.toMatch(/wù|fā|kāi/u);
    expect(policy.body).toContain('(此件公開發布)');
    expect(policy.body).toContain('(國辦函〔2020〕109號)');
  });
});

describe('a PDF extraction: every line broken at the page width, page headers and page numbers', () => {
  /** The width of a line on the page: about 25 Chinese characters, or 50 Latin letters and digits. */
  const PAGE_WIDTH = 50;
  const LINES_PER_PAGE = 30;
  const width = (ch: string) => (/[\x00-\x7f]/u.test(ch) ? 1 : 2);

  function brokenAtPageWidth(line: string): string[] {
    const pieces = [''];
    let used = 0;
    for (const ch of line) {
      if (used + width(ch) > PAGE_WIDTH) {
        pieces.push('');
        used = 0;
      }
      pieces[pieces.length - 1] += ch;
      used += width(ch);
    }
    return pieces;
  }

  /** The text as a PDF extraction gives it; `indent` keeps the two-character indent of paragraphs. */
  function asPdf(text: string, indent: string): string {
    const lines = text.split('\n').flatMap((line) => brokenAtPageWidth(indent + line));
    const pages: string[] = [];
    for (let start = 0; start < lines.length; start += LINES_PER_PAGE) {
      const n = pages.length + 1;
      const footer = n % 2 === 0 ? `第 ${n} 页 共 9 页` : `- ${n} -`;
      pages.push(['灵武市人民政府办公室文件', ...lines.slice(start, start + LINES_PER_PAGE), '', footer, ''].join('\n'));
    }
    return pages.join('\n');
  }

  // A PDF holds the document, not the web page around it: from the cover letter on.
  const documentText = seedText('lingwu').split('\n').slice(8).join('\n');
  const original = parsed(documentText).policy;

  describe('with the indent that opens every paragraph', () => {
    const pdf = asPdf(documentText, '\u3000\u3000');
    const { policy } = parsed(pdf);

    it('is really broken in the middle of sentences, over several pages', () => {
      expect(pdf.split('\n').length).toBeGreaterThan(200);
      expect(pdf).toContain('第 2 页 共 9 页');
      expect(pdf).toContain('- 3 -');
    });

    it('yields the same sections as the original', () => {
      expect(sectionCounts(policy)).toEqual([4, 12, 14]);
      expect(policy.sections).toEqual(lingwu.sections);
    });

    it('yields the same body, without page headers or numbers', () => {
      expect(policy.body).toBe(original.body);
      expect(policy.body).not.toMatch(/人民政府办公室文件|第 \d+ 页|- \d+ -/u);
    });

    it('still finds the title and the signature', () => {
      expect(policy).toMatchObject({ title: '灵武市2022年政务公开工作要点', issuer: '灵武市人民政府办公室', writtenDate: '2022-05-26' });
    });
  });

  describe('without indents', () => {
    const { policy } = parsed(asPdf(documentText, ''));
    const withoutLineBreaks = (text: string) => text.replaceAll('\n', '');

    it('yields the same sections, though a line that happens to end on a full stop starts a new paragraph', () => {
      expect(policy.sections.map(({ level, heading }) => ({ level, heading }))).toEqual(
        lingwu.sections.map(({ level, heading }) => ({ level, heading })),
      );
      expect(policy.sections.map((section) => withoutLineBreaks(section.text))).toEqual(
        lingwu.sections.map((section) => withoutLineBreaks(section.text)),
      );
    });

    it('loses no text and keeps no page furniture', () => {
      expect(withoutLineBreaks(policy.body)).toBe(withoutLineBreaks(original.body));
    });
  });
});

describe('metadata written in other ways', () => {
  const metadataLines = [
    '索引号：11640112010148754W/2022-00206',
    '发布机构：灵武市人民政府办公室',
    '成文日期：2022年5月26日',
    '发布日期：2022年5月27日',
    '效力状态：有效',
    '名称：灵武市人民政府办公室关于印发灵武市2022年政务公开工作要点的通知',
  ];
  const documentText = seedText('lingwu').split('\n').slice(8).join('\n');

  it('reads one label a line, with full-width colons', () => {
    expect(metadataOf(parsed([...metadataLines, documentText].join('\n')).policy)).toEqual(metadataOf(lingwu));
  });

  it('reads tab rows with spaced labels and ASCII colons', () => {
    const rows = ['索 引 号:\t11640112010148754W/2022-00206\t效力状态:\t有效', '发布机构:\t灵武市人民政府办公室\t成文日期:\t2022-05-26', '发布日期:\t2022-05-27'];
    const { policy } = parsed([...rows, documentText].join('\n'));
    expect(metadataOf(policy)).toEqual(metadataOf(lingwu));
    expect(policy.body).not.toContain('索 引 号');
  });

  it.each(DOCUMENT_NUMBERS_AS_WRITTEN)('reads the document number %s under the letterhead as 婺政办发〔2022〕21号', (written) => {
    expect(parsed(`${written}\n${seedText('wucheng')}`).policy.documentNumber).toBe('婺政办发〔2022〕21号');
    expect(parsed(`文号：${written}\n${seedText('wucheng')}`).policy.documentNumber).toBe('婺政办发〔2022〕21号');
  });

  it.each(DATES_AS_WRITTEN)('reads the date %s', (written, date) => {
    const text = seedText('lingwu').replace('成文日期: | 2022-05-26', `成文日期: | ${written}`).replace('发布日期: | 2022-05-27', `发布日期: | ${written}`);
    expect(parsed(text).policy).toMatchObject({ writtenDate: date, publishedDate: date });
  });

  it('says so when a date cannot exist, and falls back on the signature', () => {
    const result = parsed(seedText('lingwu').replace('成文日期: | 2022-05-26', '成文日期: | 2022-02-30'));
    expect(result.policy.writtenDate).toBe('2022-05-26');
    expect(result.warnings).toContain('成文日期「2022-02-30」不是有效的日期，已忽略');
    expect(result.provenance.writtenDate).toEqual({ value: '2022-05-26', source: 'signature', line: 11 });
  });

  it.each([
    ['已修改', 'AMENDED'],
    ['修改', 'AMENDED'],
    ['失效', 'REPEALED'],
  ])('reads 效力状态 %s as %s', (written, validity) => {
    expect(parsed(seedText('lingwu').replace('效力状态: | 有效', `效力状态: | ${written}`)).policy.validity).toBe(validity);
  });

  it('keeps the date a repealed policy was repealed on', () => {
    const text = seedText('lingwu').replace('效力状态: | 有效', '效力状态: | 已废止').replace('---|', '废止日期：2023年3月1日\n---|');
    expect(parsed(text).policy).toMatchObject({ validity: 'REPEALED', repealedDate: '2023-03-01' });
  });

  it('does not record a 废止日期 for a policy still in force, and says so', () => {
    const result = parsed(seedText('lingwu').replace('---|', '废止日期：2023年3月1日\n---|'));
    expect(result.policy).toMatchObject({ validity: 'VALID', repealedDate: null });
    expect(result.warnings).toContain('写了废止日期 2023-03-01，但效力状态不是已废止，废止日期未记');
  });

  it.each([
    ['公开方式：主动公开', 'PROACTIVE'],
    ['公开方式：依申请公开', 'ON_REQUEST'],
    ['公开方式：不予公开', 'NOT_DISCLOSED'],
  ])('reads %s', (line, disclosure) => {
    expect(parsed(`${line}\n${seedText('huaiyin')}`).policy.disclosure).toBe(disclosure);
  });

  it('reads the disclosure note under the signature', () => {
    const onRequest = seedText('huaiyin').replace('（此件公开发布）', '（此件依申请公开）');
    expect(parsed(onRequest).policy.disclosure).toBe('ON_REQUEST');
  });
});

describe('task tables flattened in other layouts', () => {
  /** The seed's table, one cell a line, as rows of cells, and the text around it. */
  function tableOf(text: string) {
    const lines = text.split('\n');
    const first = lines.findIndex((line) => line.startsWith('\t'));
    const last = lines.findLastIndex((line) => line.startsWith('\t'));
    const rows = lines
      .slice(first, last + 1)
      .join('\n')
      .split(/\n{2,}/u)
      .map((row) => row.split('\n').map((cell) => cell.slice(1)));
    return { before: lines.slice(0, first), rows, after: lines.slice(last + 1) };
  }

  function relaidOut(text: string, layout: (rows: string[][]) => string[]): string {
    const { before, rows, after } = tableOf(text);
    return [...before, ...layout(rows), ...after].join('\n');
  }

  const tabRows = (rows: string[][]) => rows.map((row) => row.join('\t'));
  const pipeRows = ([header, ...rows]: string[][]) => [
    `| ${header!.join(' | ')} |`,
    `|${header!.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];

  it('reads the 婺城 table as tab-separated rows', () => {
    const text = relaidOut(seedText('wucheng'), tabRows);
    expect(text).toContain('\n1\t高能级现代化都市核心区建设信息公开\t区发改局\t全年\n');
    expect(parsed(text).policy.tables).toEqual(wucheng.tables);
  });

  it('reads the 婺城 table as | rows', () => {
    const text = relaidOut(seedText('wucheng'), pipeRows);
    expect(text).toContain('\n| 1 | 高能级现代化都市核心区建设信息公开 | 区发改局 | 全年 |\n');
    expect(parsed(text).policy.tables).toEqual(wucheng.tables);
  });

  it('fills the merged cells of the 槐荫 table written as tab-separated rows, and keeps 抄送 in the body', () => {
    const text = relaidOut(seedText('huaiyin'), tabRows);
    expect(text).toContain('\n5\t\t\t认真落实黄河流域');
    const { policy } = parsed(text);
    expect(policy.tables).toEqual(huaiyin.tables);
    expect(policy.body).toBe(huaiyin.body);
  });

  it('warns when a numbered row is missing', () => {
    const text = relaidOut(seedText('wucheng'), (rows) => tabRows(rows.filter((row) => row[0] !== '5')));
    const result = parsed(text);
    expect(result.policy.tables[0]?.rows).toHaveLength(11);
    expect(result.warnings).toContain('表格「2022年度全区政务公开工作重点任务清单」的序号不连续：第 5 行的序号是「6」，请核对是否漏了行');
  });
});

describe('a document without a title', () => {
  it('is read, with no title and a warning for staff to supply one, never a guess', () => {
    const result = parsed('现将工作要点印发给你们。\n请认真贯彻执行。');
    expect(result.policy.title).toBeNull();
    expect(result.provenance.title).toBeUndefined();
    expect(result.warnings[0]).toBe('找不到标题：没有“名称”一栏，也没有“关于……的通知”“……工作要点”这样的标题行，请导入时补充');
  });
});

describe('documents that cannot be read', () => {
  it.each([
    ['an empty file', '', '文件是空的，没有任何文字'],
    ['only blank lines', ' \n\u3000\n\t\n', '文件是空的，没有任何文字'],
    ['binary data', Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256)).toString('utf8'), '文件不是文本（含有二进制数据或乱码），请导出为 UTF-8 文本后再导入'],
    ['text without Chinese', 'Annual plan for open government affairs, 2022.\nSee attachment.', '文件里没有中文，不是一份政策文件'],
    ['metadata without a document', '索引号：11640112010148754W/2022-00206\n发布机构：灵武市人民政府办公室', '文件没有正文，只有元数据或表格'],
  ])('refuses %s and says why', (_, text, problem) => {
    expect(parsePolicyDocument(text)).toEqual({ ok: false, problems: [problem] });
  });
});
