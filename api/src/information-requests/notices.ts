import { writtenDate } from '@govopen/shared';
import { readClock } from '../core/case-clock';
import { governmentDate } from '../core/clock';
import type { InformationRequestSettings } from '../core/config';
import { feeLines } from './processing-fee';
import { GROUND_RULES, legalBasis, REPLY_KIND_RULES } from './reply-kinds';
import type { StoredInformationRequest } from './request-model';

// The written notices (告知书) an applicant receives: the reply, and before it a request to correct
// (补正), an extension, a fee notice. Each is what the department would print and stamp: whom it is
// to, what was asked, what is decided and why, the articles it rests on, and for a reply the
// applicant's rights. The mini-app shows them as a printable page; `noticeText` is the same as text.

export const NOTICE_KINDS = ['CORRECTION', 'EXTENSION', 'FEE', 'REPLY'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface Notice {
  kind: NoticeKind;
  title: string;
  /** The application's reference (申请编号). */
  reference: string;
  /** 王小华, or the organisation's name. */
  addressee: string;
  paragraphs: string[];
  /** The articles it rests on, a sentence; null where it needs none. */
  basis: string | null;
  /** The applicant's rights against it (replies only). */
  rights: string | null;
  /** The department that issues it. */
  issuer: string;
  /** 2026年10月9日. */
  date: string;
}

const REGULATION = '《中华人民共和国政府信息公开条例》';

const dayOf = (instant: string) => writtenDate(governmentDate(new Date(instant)));

/**
 * The rights the reply states. 不予公开 (also the part withheld in 部分公开) goes to 行政复议 first
 * (行政复议法 2023 第二十三条); every other reply may go to either.
 */
export function rightsStatement(withheld: boolean, reviewBody: string): string {
  return withheld
    ? `如对本告知书中不予公开的决定不服，应当自收到本告知书之日起60日内向${reviewBody}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法向人民法院提起行政诉讼。对本告知书其他内容不服的，可以自收到之日起60日内申请行政复议，或者在6个月内依法提起行政诉讼。`
    : `如对本答复不服，可以自收到本告知书之日起60日内向${reviewBody}申请行政复议，也可以自收到本告知书之日起6个月内依法向人民法院提起行政诉讼。`;
}

const receivedLine = (request: StoredInformationRequest) =>
  `本机关于${writtenDate(request.receivedOn)}收到您提出的政府信息公开申请（申请编号：${request.reference}），您申请获取：“${request.description}”。`;

/** What was asked, and the correction when there was one. */
function received(request: StoredInformationRequest): string[] {
  const correction = request.correction;
  const corrected = correction?.correctedAt && correction.correctedText ? [`您于${dayOf(correction.correctedAt)}补正了申请：“${correction.correctedText}”。`] : [];
  return [receivedLine(request), ...corrected];
}

/** A notice of the department handling the request, to its applicant. */
const issue = (request: StoredInformationRequest, content: Omit<Notice, 'reference' | 'addressee' | 'issuer' | 'rights'> & { rights?: string }): Notice => ({
  reference: request.reference,
  addressee: request.applicant.name,
  issuer: request.department,
  rights: null,
  ...content,
});

function correctionNotice(request: StoredInformationRequest): Notice | null {
  const correction = request.correction;
  if (!correction) return null;
  return issue(request, {
    kind: 'CORRECTION',
    title: '补正申请告知书',
    paragraphs: [
      receivedLine(request),
      `经审查，您的申请内容不够明确。请您补正以下内容：${correction.items}`,
      `请于${writtenDate(correction.dueBy)}前（含当日）提交补正后的申请。答复期限自本机关收到补正后的申请之日起计算；无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请。`,
    ],
    basis: `依据${REGULATION}第三十条的规定，特此告知。`,
    date: dayOf(correction.requestedAt),
  });
}

function extensionNotice(request: StoredInformationRequest): Notice | null {
  const [extension] = request.clock.extensions;
  if (!extension) return null;
  // The day the extension gave, not moved by pauses that came after it.
  const due = readClock({ ...request.clock, pauses: request.clock.pauses.filter((pause) => pause.from <= extension.on) }).due;
  return issue(request, {
    kind: 'EXTENSION',
    title: '延期答复告知书',
    paragraphs: [
      ...received(request),
      `因${extension.reason}，本机关不能在法定期限内作出答复。经本机关政府信息公开工作机构负责人同意，答复期限延长${extension.workingDays}个工作日${due ? `，至${writtenDate(due)}` : ''}。`,
    ],
    basis: `依据${REGULATION}第三十三条第二款的规定，特此告知。`,
    date: writtenDate(extension.on),
  });
}

function feeNotice(request: StoredInformationRequest): Notice | null {
  const fee = request.fee;
  if (!fee) return null;
  return issue(request, {
    kind: 'FEE',
    title: '信息处理费收费通知',
    paragraphs: [
      ...received(request),
      `您申请公开政府信息的数量、频次超过了免费的范围。本申请的信息处理费${fee.method === 'PER_ITEM' ? '按件计收（同一申请人一个自然月内累计计算）' : '按量（页数）计收'}，计算如下：`,
      ...feeLines(fee),
      `请于${writtenDate(fee.payBy)}前（含当日）缴纳。自本通知发出至缴费完成的时间不计算在答复期限内；逾期未缴纳的，视为放弃申请，本机关不再处理该申请。`,
    ],
    basis: '依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，特此通知。',
    date: dayOf(fee.notifiedAt),
  });
}

function replyNotice(request: StoredInformationRequest, settings: InformationRequestSettings): Notice | null {
  const reply = request.reply;
  if (!reply) return null;
  const rule = REPLY_KIND_RULES[reply.kind];
  const paragraphs = [...received(request), rule.decision];
  if (reply.grounds.length > 0) paragraphs.push(`理由：${reply.grounds.map((ground) => GROUND_RULES[ground].label).join('；')}。`);
  paragraphs.push(`具体说明：${reply.reasons}`);
  if (reply.otherAgency) {
    paragraphs.push(`负责公开该信息的机关：${reply.otherAgency.name}${reply.otherAgency.contact ? `，联系方式：${reply.otherAgency.contact}` : ''}。`);
  }
  if (request.fee?.settlement) {
    paragraphs.push(`本申请的信息处理费为${request.fee.totalYuan}元，${request.fee.settlement === 'PAID' ? '已缴纳' : '已减免'}。`);
  }
  return issue(request, {
    kind: 'REPLY',
    title: rule.noticeTitle,
    paragraphs,
    basis: `依据${legalBasis(reply.kind, reply.grounds)}的规定，特此告知。`,
    rights: rightsStatement(reply.kind === 'WITHHELD' || reply.kind === 'PARTLY_DISCLOSED', settings.reviewBody),
    date: dayOf(reply.repliedAt),
  });
}

/** The notices issued for an application so far, in the order they were issued. */
export function noticesOf(request: StoredInformationRequest, settings: InformationRequestSettings): Notice[] {
  const [extension] = request.clock.extensions;
  const issued: Array<[Notice | null, string | undefined]> = [
    [correctionNotice(request), request.correction?.requestedAt],
    [extensionNotice(request), extension ? `${extension.on}T00:00:00+08:00` : undefined],
    [feeNotice(request), request.fee?.notifiedAt],
    [replyNotice(request, settings), request.reply?.repliedAt],
  ];
  return issued
    .filter((entry): entry is [Notice, string] => entry[0] !== null && entry[1] !== undefined)
    .sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]))
    .map(([notice]) => notice);
}

/** The notice as plain text, laid out as printed: title, number, addressee, body, issuer and date. */
export function noticeText(notice: Notice): string {
  return [
    notice.title,
    `申请编号：${notice.reference}`,
    '',
    `${notice.addressee}：`,
    ...notice.paragraphs.map((p) => `　　${p}`),
    ...(notice.basis ? [`　　${notice.basis}`] : []),
    ...(notice.rights ? [`　　${notice.rights}`] : []),
    '',
    notice.issuer,
    notice.date,
  ].join('\n');
}
