import { toSimplified } from '@govopen/shared';
import { dateOnLineOfItsOwn } from './dates';

// Lines that belong to the page the document was printed on or shown in, not to the document:
// PDF page numbers, page breaks (form feeds) and running headers, a printed table of contents
// (目录, 一、总体要求……1), and a web page's chrome — breadcrumbs, menus, share and print links,
// visit counters, the site's footer — or a WeChat article's: the byline with its time, the call to
// follow the account, the counters and the list of earlier articles under it.

/** The line a form feed (page break in extracted text) is turned into. */
export const PAGE_BREAK = '\f';

const PAGE_NUMBER = [
  /^[-—–－‒―─]+\s*\d+\s*[-—–－‒―─]+$/u, // — 3 —, - 2 -
  /^第\s*\d+\s*页\s*[,，/]?\s*(?:共\s*\d+\s*页)?$/u, // 第 3 页 共 10 页
  /^共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页$/u, // 共 10 页 第 3 页
];

/** A table of contents: its heading, and entries leading with dots to a page number. */
const CONTENTS = [/^目\s*录$/u, /^\S.{0,60}?(?:[.·⋯_]\s?){3,}\s*\d{1,3}$/u];

const BREADCRUMB = [/^(?:当前位置|您的位置|您当前的位置|您现在的位置|当前所在位置|所在位置)\s*[:：]/u, /^首页\s*[>＞»›/]/u];

/** A web page's own lines around the document, each short and of a known kind. */
const SITE_CHROME = [
  /^[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|返回|纠错|我要纠错)\s*[】\]]?(?:\s*[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|返回|纠错)\s*[】\]]?)*$/u,
  /^[【\[]?\s*字[体号]\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?/u,
  /^分享到\s*[:：]?/u,
  /^(?:浏览|访问|阅读|点击)(?:次数|量)\s*[:：]\s*\d*\s*(?:次)?$/u,
  /^扫一扫/u,
  /^(?:上一篇|下一篇)\s*[:：]/u,
  /^(?:版权所有|网站标识码|网站地图|设为首页|加入收藏)\s*[:：]?/u,
  // 主办单位 or 联系电话 open lines of notices too; in a site's footer other footer words follow.
  /^(?:主办单位|承办单位|技术支持|联系我们).*(?:承办单位|技术支持|网站|版权|ICP)/u,
  /(?:ICP备|公网安备)\s*\d+/u,
  /^(?:相关链接|相关文件|相关阅读|相关信息)\s*[:：]?$/u,
  // A WeChat article's byline: 原创 槐荫区民政局 槐荫民政 2026年11月28日 09:30 山东. A signature's date has no time.
  /^(?:原创\s*)?.{0,40}?\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}(?:\s*(?:发表于)?\s*\p{Script=Han}{2,6})?$/u,
  /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)*(?:点击|戳)(?:上方|下方|上面|下面|标题下)?.{0,6}(?:蓝字|关注)/u,
  /^(?:长按|扫描|扫码).{0,12}(?:二维码|关注)/u,
  /^(?:阅读原文|预览时标签不可点|微信扫一扫\s*关注该公众号)$/u,
  /^(?:阅读|在看|点赞|赞|分享|收藏|喜欢|推荐)\s*\d+(?:\s*(?:阅读|在看|点赞|赞|分享|收藏|喜欢|推荐)\s*\d*)*$/u,
  /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|\s)+$/u,
];
/** A WeChat article ends with links to earlier ones under a heading of its own: all of it goes. */
const MORE_ARTICLES = /^(?:往期推荐|往期回顾|往期精彩|推荐阅读|精彩推荐|精彩回顾|相关推荐|更多推荐|热门推荐|热文推荐|延伸阅读)\s*[:：]?$/u;
/** Menus run many short items together: 首页 | 政务公开 | 政务服务 | 互动交流 */
const MENU_ITEMS = new Set(['首页', '网站首页', '政务公开', '政府信息公开', '政务服务', '互动交流', '新闻中心', '新闻动态', '走进', '专题专栏', '无障碍', '长者模式', '关怀版', '网站地图', '登录', '注册', 'English', '数据开放', '办事服务', '政民互动', '公众参与', '信息公开', '政策文件', '政策解读', '通知公告']);
/** A site's column names, standing alone above a document. */
const COLUMN_NAMES = new Set(['通知公告', '政策文件', '政府文件', '政策法规', '规范性文件', '部门文件', '其他文件', '政府信息公开', '法定主动公开内容', '文件资料']);
/** A line drawn with dashes or box-drawing characters, as under a letterhead or in the 版记. */
const RULE = /^[\s\-—–_=━─═·.…*＊]{6,}$/u;
const MAX_CHROME_LENGTH = 60;
/** The site's name, standing at the very top above its menu or breadcrumb: 灵武市人民政府 */
const SITE_NAME = /^\p{Script=Han}{2,20}(?:人民政府|政府|门户网站|政府网|网站)$/u;

function isMenu(line: string): boolean {
  const items = line.split(/[|｜\s·•/]+/u).filter((item) => item !== '');
  return items.length >= 3 && items.every((item) => item.length <= 8) && items.filter((item) => MENU_ITEMS.has(item)).length >= 2;
}

function isSiteChrome(line: string): boolean {
  const form = recogniserForm(line);
  if (form.length > MAX_CHROME_LENGTH) return false;
  return SITE_CHROME.some((pattern) => pattern.test(form)) || isMenu(form) || COLUMN_NAMES.has(form) || RULE.test(form);
}

/** A running header or footer is short and recurs on page after page. */
const RUNNING_HEADER_MAX_LENGTH = 30;
const RUNNING_HEADER_MIN_REPEATS = 3;
/** How far (in lines of text) a header or footer stands from the page break or page number. */
const PAGE_EDGE_LINES = 2;

function recogniserForm(line: string): string {
  return toSimplified(line.normalize('NFKC')).trim();
}

/** Table rows (tab- or pipe-separated cells) repeat legitimately: 全年, 区政府各部门 … */
function isTableLine(line: string): boolean {
  return line.includes('\t') || line.includes('|');
}

function isPageBoundary(line: string): boolean {
  return line === PAGE_BREAK || PAGE_NUMBER.some((pattern) => pattern.test(recogniserForm(line)));
}

/** Whether a line stands at the top or bottom of a page: near a page break, a page number, or the text's ends. */
function atPageEdge(lines: readonly string[], index: number): boolean {
  return [-1, 1].some((step) => {
    let seen = 0;
    for (let i = index + step; i >= 0 && i < lines.length; i += step) {
      const line = lines[i]!;
      if (isPageBoundary(line)) return true;
      if (line.trim() !== '' && ++seen >= PAGE_EDGE_LINES) return false;
    }
    return true;
  });
}

/** An organ's name over a date is a signature, even where the organ's name also heads every page. */
function signs(lines: readonly string[], index: number): boolean {
  const next = lines.slice(index + 1).find((line) => line.trim() !== '');
  return next !== undefined && dateOnLineOfItsOwn(next) !== null;
}

/**
 * Short lines that recur at the edge of every page. Both conditions are needed: the tail of a
 * paragraph such as "实)" recurs too, but in the middle of pages; without page numbers or page
 * breaks a header cannot be told from text, and is kept rather than risking the loss of text.
 */
function runningHeaders(lines: readonly string[]): Set<number> {
  const places = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || isTableLine(line) || trimmed.length > RUNNING_HEADER_MAX_LENGTH || signs(lines, index)) return;
    places.set(trimmed, [...(places.get(trimmed) ?? []), index]);
  });
  // In a PDF of two pages a header recurs only twice: there it must stand on every page.
  const pages = lines.filter((line) => line === PAGE_BREAK).length + 1;
  const headers = [...places].filter(
    ([, indexes]) =>
      (indexes.length >= RUNNING_HEADER_MIN_REPEATS || (pages > 1 && indexes.length === pages)) &&
      indexes.every((i) => atPageEdge(lines, i)),
  );
  return new Set(headers.flatMap(([, indexes]) => indexes));
}

/** Whether only blank lines stand between a line and a page break, or the end of the text after it. */
function besidePageBreak(lines: readonly string[], index: number): boolean {
  return [-1, 1].some((step) => {
    for (let i = index + step; ; i += step) {
      const line = lines[i];
      if (line === undefined) return step === 1;
      if (line === PAGE_BREAK) return true;
      if (line.trim() !== '') return false;
    }
  });
}

/**
 * Page numbers printed bare (3): in a text of several pages, a number alone on a line at a page
 * break, or at the foot of the last page. Elsewhere a number alone is kept: it may be text.
 */
function barePageNumbers(lines: readonly string[]): number[] {
  if (!lines.includes(PAGE_BREAK)) return [];
  return lines.flatMap((line, index) => (/^\d{1,3}$/u.test(recogniserForm(line)) && besidePageBreak(lines, index) ? [index] : []));
}

/** The 往期推荐 heading and the short lines (article titles, counters) after it, up to the next paragraph. */
function moreArticles(lines: readonly string[]): number[] {
  const start = lines.findIndex((line) => MORE_ARTICLES.test(recogniserForm(line)));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && recogniserForm(line).length > MAX_CHROME_LENGTH);
  return Array.from({ length: (end < 0 ? lines.length : end) - start }, (_, offset) => start + offset);
}

function isPageDebris(line: string, index: number, furniture: Set<number>): boolean {
  if (isMenu(recogniserForm(line))) return true;
  if (isTableLine(line)) return false;
  return (
    furniture.has(index) ||
    isPageBoundary(line) ||
    BREADCRUMB.some((pattern) => pattern.test(recogniserForm(line))) ||
    CONTENTS.some((pattern) => pattern.test(recogniserForm(line))) ||
    isSiteChrome(line)
  );
}

/**
 * The lines without page numbers, page breaks, running headers and footers, and breadcrumbs. A page
 * break is not a paragraph break, so the blank lines around a dropped line go with it and the sentence the
 * page cut can be run on again; next to a table one blank line stays, as there it separates rows.
 */
export function dropPageDebris<Line extends { text: string }>(lines: readonly Line[]): Line[] {
  const texts = lines.map((line) => line.text);
  const furniture = new Set([...runningHeaders(texts), ...barePageNumbers(texts), ...moreArticles(texts)]);
  const kept: Line[] = [];
  let skippingBlanks = false;
  for (const [index, line] of lines.entries()) {
    if (isPageDebris(line.text, index, furniture)) {
      while (kept.length > 0 && kept[kept.length - 1]!.text.trim() === '') kept.pop();
      if (kept.length === 1 && SITE_NAME.test(recogniserForm(kept[0]!.text))) kept.pop();
      const previous = kept[kept.length - 1];
      if (previous !== undefined && isTableLine(previous.text)) kept.push({ ...previous, text: '' });
      skippingBlanks = true;
      continue;
    }
    if (line.text.trim() === '' && skippingBlanks) continue;
    skippingBlanks = false;
    kept.push(line);
  }
  return kept;
}
