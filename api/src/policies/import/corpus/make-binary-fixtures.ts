// Writes the corpus's binary fixtures: a GB18030 text file, a Word file and a printed PDF.
//   npx tsx api/src/policies/import/corpus/make-binary-fixtures.ts
// Needs `iconv` (glibc) and /usr/bin/chromium. The files are committed; run this again only to change them.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { chromium } from 'playwright-core';

const HERE = __dirname;

// 16: a notice saved by Chinese Windows' Notepad, in GB18030.
const GB_TEXT = [
  '婺城区财政局关于拨付2022年高龄津贴资金的通知',
  '婺财社〔2022〕41号',
  '区民政局：',
  '经研究，现拨付2022年第三季度高龄津贴资金86万元，请及时发放。',
  '一、资金用途',
  '专项用于80周岁以上老年人高龄津贴发放。',
  '婺城区财政局',
  '2022年7月1日',
  '',
].join('\r\n');
writeFileSync(join(HERE, '16-gb18030.txt'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: GB_TEXT }));

// 17: a Word file, written as Word writes one: paragraphs, a page header, and a table with a cell
// merged over two rows (vMerge) and a header cell over two columns (gridSpan).
function zip(files: Record<string, string>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, fileName, data);
    central.push(entry, fileName);
    offset += header.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (text: string, align?: string) => `<w:p>${align ? `<w:pPr><w:jc w:val="${align}"/></w:pPr>` : ''}${run(text)}</w:p>`;
const cell = (text: string, extra = '') => `<w:tc><w:tcPr>${extra}</w:tcPr>${text === '' ? '<w:p/>' : paragraph(text)}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const body = [
  paragraph('金华市婺城区人民政府办公室文件', 'center'),
  paragraph('婺政办发〔2022〕27号', 'center'),
  paragraph('金华市婺城区人民政府办公室关于印发婺城区老年人助餐服务实施方案的通知', 'center'),
  paragraph('各乡镇人民政府、街道办事处，区政府各部门：'),
  paragraph('《婺城区老年人助餐服务实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。'),
  paragraph('一、服务对象'),
  paragraph('本区户籍60周岁以上老年人。'),
  paragraph('二、补助标准'),
  paragraph('（一）基本补助。每人每餐补助3元。'),
  paragraph('（二）困难老人补助。'),
  paragraph('（1）低保老人每餐再补助2元；'),
  paragraph('（2）特困老人免费用餐。'),
  paragraph('金华市婺城区人民政府办公室', 'right'),
  paragraph('2022年9月5日', 'right'),
  paragraph('附件'),
  paragraph('助餐点建设任务表'),
  '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>',
  row(cell('序号'), cell('建设任务', '<w:gridSpan w:val="2"/>'), cell('完成时限')),
  row(cell('1'), cell('城区', '<w:vMerge w:val="restart"/>'), cell('新建助餐点10个'), cell('2022年10月底前')),
  row(cell('2'), cell('', '<w:vMerge/>'), cell('改造助餐点5个'), cell('2022年11月底前')),
  row(cell('3'), cell('乡镇'), cell('新建助餐点8个'), cell('2022年12月底前')),
  '</w:tbl>',
  paragraph('抄送：区委办公室，区人大常委会办公室。'),
].join('');
const docx = zip({
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/_rels/document.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
  'word/header1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${paragraph('婺城区人民政府办公室　第 1 页')}</w:hdr>`,
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>`,
});
writeFileSync(join(HERE, '17-word-file.docx'), docx);

// 18: a PDF as an office prints it: A5 pages with the organ's running header and page numbers,
// lines wrapped by the page's width in the middle of sentences, paragraphs opened by an indent,
// and a paragraph cut by the page break.
const PAGES = [
  [
    '<p class="title">灵武市人民政府办公室关于做好2022年政策找人精准推送工作的通知</p>',
    '<p class="number">灵政办发〔2022〕44号</p>',
    '<p class="flush">各乡镇人民政府，市直各部门：</p>',
    '<p>为让惠民惠企政策直达群众和企业，推动“人找政策”向“政策找人”转变，现就做好2022年政策精准推送工作通知如下。</p>',
    '<p class="flush">一、建立推送名单</p>',
    '<p>各部门要梳理本部门面向特定群体的政策，按老年人、企业、高校毕业生等对象建立推送名单，每季度更新一次，做到应推尽推、不漏一人。各乡镇要配合做好辖区群众信息的核实、更新和汇总工作，确保名单真实准确',
  ],
  [
    '<p class="flush">完整，不重不漏。</p>',
    '<p class="flush">二、规范推送内容</p>',
    '<p>推送内容应当包括政策名称、享受条件、办理方式和咨询电话，使用群众看得懂的语言，不得包含群众的身份证号码、手机号码等个人信息。</p>',
    '<p class="sign">灵武市人民政府办公室</p>',
    '<p class="sign">2022年8月10日</p>',
  ],
];
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
  @page { size: A5; margin: 0; }
  body { margin: 0; font-family: "WenQuanYi Zen Hei", sans-serif; font-size: 13px; line-height: 1.9; }
  .page { height: 209mm; box-sizing: border-box; padding: 12mm 16mm; position: relative; page-break-after: always; }
  .running { text-align: center; font-size: 11px; margin-bottom: 6mm; }
  .folio { position: absolute; bottom: 8mm; left: 0; right: 0; text-align: center; font-size: 11px; }
  p { margin: 0; text-indent: 2em; text-align: justify; }
  p.flush { text-indent: 0; }
  p.title { text-indent: 0; text-align: center; font-size: 16px; font-weight: bold; margin: 0 2em 2mm; }
  p.number { text-indent: 0; text-align: center; margin-bottom: 3mm; }
  p.sign { text-align: right; padding-right: 2em; }
</style></head><body>${PAGES.map(
  (page, n) => `<div class="page"><div class="running">灵武市人民政府办公室</div>${page.join('')}<div class="folio">— ${n + 1} —</div></div>`,
).join('')}</body></html>`;

void (async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    writeFileSync(join(HERE, '18-printed.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  } finally {
    await browser.close();
  }
})();
