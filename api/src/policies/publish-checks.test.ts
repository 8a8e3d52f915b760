import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { linkFindings, linksIn, privateDataFindings, sensitiveWordFindings } from './publish-checks';

// The pre-publish checks as a clerk meets them: private data refuses, a sensitive word and a dead
// link are pointed out, a link the network cannot reach is only a warning.

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/slow') return void setTimeout(() => response.end('late'), 5000).unref();
    if (request.url === '/no-head' && request.method === 'HEAD') return void response.writeHead(405).end();
    response.writeHead(request.url === '/gone' ? 404 : request.url === '/moved' ? 301 : 200, request.url === '/moved' ? { location: 'http://169.254.169.254/' } : {}).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

it('refuses unmasked private data, saying the line and the masked words around it', () => {
  const [finding, ...rest] = privateDataFindings({ body: '一、联系方式\n咨询电话13812345678（王老师）' });
  expect(rest).toEqual([]);
  expect(finding).toMatchObject({ kind: 'PRIVATE_DATA', blocking: true, field: 'body', line: 2 });
  expect(finding!.message).toContain('第2行有未遮挡的手机号');
  expect(finding!.excerpt).not.toContain('13812345678');
});

it('finds each sensitive word where it stands, Traditional as Simplified, without refusing', () => {
  const findings = sensitiveWordFindings({ title: '关于内部资料的通知', body: '第一行\n本文件屬於內部資料，不得外傳。' }, ['内部资料', ' ', '内部资料']);
  expect(findings.map((f) => [f.field, f.line, f.blocking, f.excerpt])).toEqual([
    ['title', 1, false, '关于内部资料的通知'],
    ['body', 2, false, '本文件屬於內部資料，不得外傳。'],
  ]);
  expect(findings[1]!.message).toBe('第2行有敏感词「内部资料」，请核实后再发布。');
  expect(sensitiveWordFindings({ body: '公开透明' }, [])).toEqual([]);
});

it('reads http(s) addresses once each, without the punctuation after them, and nothing else', () => {
  const text = '详见 https://www.gov.cn/zhengce/a.htm。\n再见 http://example.com/x?id=1，ftp://files.example.com 不算。\n又见 https://www.gov.cn/zhengce/a.htm';
  expect(linksIn(text)).toEqual([
    { url: 'https://www.gov.cn/zhengce/a.htm', line: 1 },
    { url: 'http://example.com/x?id=1', line: 2 },
  ]);
});

it('calls a 404 broken, a slow or unreachable site unchecked, and leaves working ones (HEAD refused: GET) alone', async () => {
  const text = [`${base}/ok`, `${base}/gone`, `${base}/slow`, `${base}/no-head`, `${base}/moved`, 'http://does-not-exist.invalid/page'].join('\n');
  const { findings, checked } = await linkFindings('body', text, { timeoutMs: 1500, allowPrivate: true });
  expect(checked).toBe(6);
  expect(findings.map((f) => [f.kind, f.line, f.blocking])).toEqual([
    ['BROKEN_LINK', 2, false],
    ['UNCHECKED_LINK', 3, false],
    ['UNCHECKED_LINK', 6, false],
  ]);
  expect(findings[0]!.message).toBe(`第2行的链接打不开（404，页面不存在）：${base}/gone`);
  expect(findings[1]!.message).toContain('2 秒内没有响应');
});

it('never fetches an address inside the network (loopback, the cloud metadata address)', async () => {
  const { findings } = await linkFindings('body', `${base}/ok\nhttp://169.254.169.254/latest/meta-data/`, { timeoutMs: 500 });
  expect(findings.map((f) => [f.kind, f.message])).toEqual([
    ['UNCHECKED_LINK', `第1行的链接是内网地址，没有检查：${base}/ok`],
    ['UNCHECKED_LINK', '第2行的链接是内网地址，没有检查：http://169.254.169.254/latest/meta-data/'],
  ]);
});
