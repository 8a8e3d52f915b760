import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../corpus';
import { readDocument } from './read-document';

describe('which reader a file needs', () => {
  it('knows a Word file by its bytes, even renamed, and another zip from it', async () => {
    expect(await readDocument('通知.txt', readFileSync(join(CORPUS, '17-word-file.docx')))).toMatchObject({ ok: true, format: 'docx' });
    const otherZip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('xl/workbook.xml')]);
    expect(await readDocument('表格.xlsx', otherZip)).toEqual({ ok: false, problem: '文件是压缩包，不是 Word（.docx）文件' });
  });

  it('reads a PDF by its bytes whatever its name', async () => {
    expect(await readDocument('下载.bin', readFileSync(join(CORPUS, '18-printed.pdf')))).toMatchObject({ ok: true, format: 'pdf' });
  });

  it('refuses an old .doc file and says what to do', async () => {
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readDocument('通知.doc', doc)).toEqual({ ok: false, problem: '这是旧版 Word（.doc）文件，请在 Word 里另存为 .docx 后再导入' });
  });

  it('says a broken PDF is broken, without crashing', async () => {
    const result = await readDocument('坏.pdf', Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^PDF文件已损坏或无法读取/u);
  });

  it('takes a text file in GB18030 as Chinese Windows saves it', async () => {
    const result = await readDocument('16-gb18030.txt', readFileSync(join(CORPUS, '16-gb18030.txt')));
    expect(result.ok && result.text.split('\r\n')[0]).toBe('婺城区财政局关于拨付2022年高龄津贴资金的通知');
  });

  it('takes a UTF-16 text file as Notepad saves it', async () => {
    const text = '区民政局关于调整城乡低保标准的通知';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await readDocument('a.txt', bytes)).toEqual({ ok: true, format: 'txt', text, pageMetadata: {} });
  });

  it('reads a page saved without the .html ending by its first tag', async () => {
    const result = await readDocument('page', Buffer.from('<!DOCTYPE html><html><body><nav>首页</nav><p>关于开展走访慰问的通知</p></body></html>'));
    expect(result).toEqual({ ok: true, format: 'html', text: '关于开展走访慰问的通知', pageMetadata: {} });
  });
});
