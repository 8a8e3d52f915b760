import { dateOnLineOfItsOwn } from './dates';
import { headingLevel } from './headings';
import { isOrganName } from './signature';
import { SENTENCE_END, textLine, type TextLine } from './text-line';

// Where there is no 名称 field, the title is found in the lines before the first heading:
//   1. a notice title "关于……的通知", which may be broken over several lines; following the official
//      form 发文机关 + 关于 + 事由 + 文种, the organ standing on the line above is put in front of it
//      (金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知), as 名称 fields read;
//   2. otherwise the first line naming a kind of document (2022年槐荫区政务公开工作要点);
//   3. otherwise the first short line that is neither a sentence, an organ, a date nor a remark.

/** 文种: the kinds of document a title ends with, perhaps with a qualifier: （试行）, （征求意见稿）, （2026年修订）. */
const DOCUMENT_KIND = /(?:通知|通报|意见|办法|方案|决定|规定|批复|函|公告|通告|报告|要点|规划|计划|细则|条例|规则|决议|纪要|指引|指南|清单|措施)(?:[（(][^（）()]{1,12}[）)])?$/u;

/** A title has ended when it names its kind and no 《 is left open (关于印发《……办法 / （试行）》的通知). */
const titleEnded = (simple: string) => DOCUMENT_KIND.test(simple) && (simple.match(/《/gu)?.length ?? 0) <= (simple.match(/》/gu)?.length ?? 0);
const MAX_TITLE_LENGTH = 60;
/** 通知 or 工作要点 alone is a site's column or a heading, not a document's title. */
const MIN_NAMED_TITLE_LENGTH = 6;
/** A notice title rarely needs more than three lines. */
const MAX_TITLE_LINES = 3;

/** Lines a label opens (抄送：区委办) say who or what, never what the document is called. */
const LABELLED = /^(?:抄送|主送|发往|附件|联系人|联系电话|签发人)\s*[:：]/u;

function isTitleLike({ simple }: TextLine): boolean {
  const line = simple.trim();
  return (
    line.length <= MAX_TITLE_LENGTH &&
    !LABELLED.test(line) &&
    /\p{Script=Han}/u.test(line) &&
    !SENTENCE_END.test(line) &&
    !/[，,]$/u.test(line) &&
    !/^[（(].*[）)]$/u.test(line) &&
    headingLevel(line) === null &&
    dateOnLineOfItsOwn(line) === null
  );
}

/** "关于" outside 《》: a title, not a sentence quoting one. */
function opensNoticeTitle(simple: string): boolean {
  const about = simple.indexOf('关于');
  return about >= 0 && !simple.slice(0, about).includes('《');
}

/** The title and the line it starts on. */
export interface FoundTitle {
  title: string;
  at: TextLine;
}

function noticeTitle(preamble: readonly TextLine[]): FoundTitle | null {
  const start = preamble.findIndex((line) => isTitleLike(line) && opensNoticeTitle(line.simple));
  const first = preamble[start];
  if (first === undefined) return null;
  let title = first.text.trim();
  let simple = first.simple.trim();
  for (const next of preamble.slice(start + 1, start + MAX_TITLE_LINES)) {
    if (titleEnded(simple) || !isTitleLike(next)) break;
    title += next.text.trim();
    simple += next.simple.trim();
  }
  if (!titleEnded(simple)) title = first.text.trim();
  const above = preamble[start - 1];
  const organ = above && isOrganName(above.simple) ? above.text.trim() : '';
  return { title: simple.startsWith('关于') ? organ + title : title, at: first };
}

/** A title naming its kind, on one line or broken over up to three (2022年槐荫区政务公开 / 工作要点). */
function namedTitle(preamble: readonly TextLine[]): FoundTitle | null {
  for (let start = 0; start < preamble.length; start++) {
    const first = preamble[start]!;
    if (!isTitleLike(first) || isOrganName(first.simple)) continue;
    let title = '';
    let simple = '';
    for (const line of preamble.slice(start, start + MAX_TITLE_LINES)) {
      if (!isTitleLike(line)) break;
      title += line.text.trim();
      simple += line.simple.trim();
      if (titleEnded(simple) && simple.length >= MIN_NAMED_TITLE_LENGTH) return { title, at: first };
    }
  }
  return null;
}

/** A 公告 or 通告 is headed by its kind alone, spaced out under the organ, and perhaps its number. */
const KIND_ALONE = /^(?:公告|通告|布告|命令|决定|通知)$/u;
const ISSUE_NUMBER = /^[（(]\s*\d{4}\s*年\s*第\s*\d{1,4}\s*号\s*[）)]$/u;

/** 济南市槐荫区人民政府 / 公　　告 / （2026年第3号）: the organ's 公告 with its number, so that the year's 公告 differ. */
function kindUnderOrgan(preamble: readonly TextLine[]): FoundTitle | null {
  for (let i = 1; i < preamble.length; i++) {
    const kind = preamble[i]!.simple.replace(/\s+/gu, '');
    const organ = preamble[i - 1]!;
    if (!KIND_ALONE.test(kind) || !isOrganName(organ.simple)) continue;
    const number = preamble[i + 1]?.simple.trim().normalize('NFKC');
    const issue = number && ISSUE_NUMBER.test(number) ? `（${number.slice(1, -1).replace(/\s+/gu, '')}）` : '';
    return { title: organ.text.trim() + kind + issue, at: organ };
  }
  return null;
}

/** A column's name in front of a title, as WeChat articles and news pages set it: 政务公开 | …, 【政策解读】… */
const COLUMN_PREFIX = /^(?:【[^】]{1,12}】|[^|｜丨【】]{1,12}?\s*[|｜丨])\s*/u;

/** The text's first line without the column's name, where what remains can still be a title. */
export function withoutColumn(line: TextLine): TextLine {
  const prefix = COLUMN_PREFIX.exec(line.simple);
  const rest = prefix ? line.text.slice(prefix[0].length) : '';
  return prefix && rest.length >= MIN_NAMED_TITLE_LENGTH ? textLine(rest, line.line) : line;
}

/** The title from the lines before the first heading, or null when none of them is a title. */
export function findTitle(preamble: readonly TextLine[]): FoundTitle | null {
  const plain = preamble.find((line) => isTitleLike(line) && !isOrganName(line.simple));
  return noticeTitle(preamble) ?? namedTitle(preamble) ?? kindUnderOrgan(preamble) ?? (plain ? { title: plain.text.trim(), at: plain } : null);
}
