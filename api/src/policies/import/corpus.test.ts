import { readFileSync } from 'node:fs';
import { parsed, seedText } from './fixtures';
import { readHtml } from './formats/html';
import { corpusFiles, expectedPathFor, readingOf } from './corpus';

// Each messy document of the corpus reads exactly as its .expected.json says: metadata with where
// each field came from, warnings, headings, tables and the body line by line.

/** What must never reach a body: page furniture, site chrome, header lines, scraping debris. */
const DEBRIS = [
  /当前位置|您现在的位置|首页\s*[>»]/u,
  /分享到|打印本页|关闭窗口|字体[:：]|浏览次数|上一篇|下一篇|版权所有|主办单位|ICP备|公网安备/u,
  /^[-—]\s*\d+\s*[-—]$|^第\s*\d+\s*[页頁]/u,
  /^目\s*录$|(?:…|\.{3,})\s*\d+$/u,
  /^明\s*传\s*电\s*报$|^(?:发电单位|签批盖章|等级|发往)/u,
  /签发人/u,
  /\((?:wù|fā)\)|（kāi）/u,
  /^\p{Script=Han}+(?:文件)$/u,
  /━|^-{3,}$/u,
  /\t|\|/u,
  /^原创|日\s+\d{1,2}:\d{2}(?:\s*\p{Script=Han}{2,6})?$|点击上方|关注我们|二维码|往期推荐|阅读原文|在看\s*\d|\p{Extended_Pictographic}|｜/u,
];

describe('the corpus of messy documents', () => {
  const files = corpusFiles();

  it('has at least 20 documents, among them Word, PDF and HTML files', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.filter((name) => /\.(?:docx|pdf|html)$/u.test(name)).map((name) => name.split('.').pop()).sort()).toEqual(['docx', 'html', 'html', 'html', 'pdf']);
  });

  it.each(files)('%s reads exactly as expected', async (name) => {
    expect(await readingOf(name)).toEqual(JSON.parse(readFileSync(expectedPathFor(name), 'utf8')));
  });

  it.each(files)('%s leaves no debris in the body', async (name) => {
    const { body } = await readingOf(name);
    expect(body.filter((line) => DEBRIS.some((pattern) => pattern.test(line)))).toEqual([]);
  });
});

describe('a seed saved as a web page', () => {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

  it('reads as the seed does: the metadata table becomes metadata, the body the same paragraphs', async () => {
    const [breadcrumb, ...rest] = seedText('lingwu').split('\n');
    const metadataRows = rest.slice(0, 7).filter((line) => !line.startsWith('---'));
    const page = [
      '<html><head><title>灵武市人民政府</title></head><body>',
      `<div class="location">${escape(breadcrumb!)}</div>`,
      `<table>${metadataRows.map((row) => `<tr>${row.split('|').map((cell) => `<td>${escape(cell.trim())}</td>`).join('')}</tr>`).join('')}</table>`,
      `<div class="article">${rest.slice(7).map((line) => `<p>${escape(line)}</p>`).join('\n')}</div>`,
      '<div class="share">分享到：微信</div></body></html>',
    ].join('\n');
    const fromHtml = await readHtml(page);
    const seed = parsed(seedText('lingwu'));
    const html = parsed(fromHtml.text);
    expect(html.policy).toEqual(seed.policy);
    expect(html.warnings).toEqual(seed.warnings);
  });

  it('reads the 67-row 槐荫 task table as an HTML table with merged cells as the seed reads it flattened', async () => {
    const seed = parsed(seedText('huaiyin')).policy;
    const table = seed.tables[0]!;
    // Cells equal to the one above are merged into it (rowspan), as a web page shows the table.
    const cellHtml = (r: number, c: number) => {
      const value = table.rows[r]![c]!;
      if (c > 0 && r > 0 && table.rows[r - 1]![c] === value) return '';
      let span = 1;
      while (c > 0 && table.rows[r + span]?.[c] === value) span++;
      return `<td${span > 1 ? ` rowspan="${span}"` : ''}>${escape(value)}</td>`;
    };
    const header = '<tr><td>序号</td><td colspan="2">工作任务</td><td>具体要求</td><td>责任单位</td><td>完成时限</td></tr>';
    const rows = table.rows.map((row, r) => `<tr>${row.map((_, c) => cellHtml(r, c)).join('')}</tr>`);
    const page = `<html><body><p>2022年槐荫区政务公开工作要点</p><p>一、聚焦重点领域</p><p>${escape(table.title)}</p><table>${header}${rows.join('')}</table></body></html>`;
    expect(page).toContain('rowspan="');
    const { policy } = parsed((await readHtml(page)).text);
    expect(policy.tables).toEqual([table]);
  });
});
