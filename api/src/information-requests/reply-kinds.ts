// The kinds of reply to an information request the 政府信息公开条例 (2019) allows, the grounds each
// may rest on, the articles it cites, and the row of the annual report (政府信息公开工作年度报告格式,
// 国办公开办函〔2021〕30号) it counts in.

const REGULATION = '《中华人民共和国政府信息公开条例》';

export const REPLY_KINDS = [
  'DISCLOSED',
  'ALREADY_PUBLIC',
  'PARTLY_DISCLOSED',
  'WITHHELD',
  'NOT_EXIST',
  'OTHER_AGENCY',
  'UNAVAILABLE',
  'NOT_PROCESSED',
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** Why information is withheld (不予公开, also the withheld part of 部分公开). */
export const WITHHELD_GROUNDS = [
  'STATE_SECRET',
  'FORBIDDEN_BY_LAW',
  'SECURITY_AND_STABILITY',
  'THIRD_PARTY_RIGHTS',
  'INTERNAL_AFFAIRS',
  'PROCESS_INFORMATION',
  'ENFORCEMENT_FILE',
  'ADMINISTRATIVE_QUERY',
] as const;
/** Why it cannot be provided (无法提供). */
export const UNAVAILABLE_GROUNDS = ['NEEDS_CREATION', 'STILL_UNCLEAR'] as const;
/** Why the application is not processed (不予处理). */
export const NOT_PROCESSED_GROUNDS = ['PETITION', 'REPEATED', 'PUBLICATION', 'EXCESSIVE', 'CONFIRMATION'] as const;

export type WithheldGround = (typeof WITHHELD_GROUNDS)[number];
export type UnavailableGround = (typeof UNAVAILABLE_GROUNDS)[number];
export type NotProcessedGround = (typeof NOT_PROCESSED_GROUNDS)[number];
export type ReplyGround = WithheldGround | UnavailableGround | NotProcessedGround;
export const REPLY_GROUNDS = [...WITHHELD_GROUNDS, ...UNAVAILABLE_GROUNDS, ...NOT_PROCESSED_GROUNDS] as const;

interface KindRule {
  /** In a staff list and on the resident's page. */
  label: string;
  /** The 告知书's title. */
  noticeTitle: string;
  /** What the reply decides, in the 告知书's words (before the department's own reasons). */
  decision: string;
  /** The article the reply itself rests on. */
  article: string;
  /** The grounds it may cite; it must cite at least one when there are any. */
  grounds: readonly ReplyGround[];
}

export const REPLY_KIND_RULES: Readonly<Record<ReplyKind, KindRule>> = Object.freeze({
  DISCLOSED: {
    label: '予以公开',
    noticeTitle: '政府信息公开告知书',
    decision: '您申请获取的政府信息属于可以公开的政府信息，本机关予以公开。',
    article: '第三十六条第（二）项',
    grounds: [],
  },
  ALREADY_PUBLIC: {
    label: '予以公开（已主动公开）',
    noticeTitle: '政府信息公开告知书',
    decision: '您申请获取的政府信息已经主动公开，获取的方式和途径如下。',
    article: '第三十六条第（一）项',
    grounds: [],
  },
  PARTLY_DISCLOSED: {
    label: '部分公开',
    noticeTitle: '政府信息部分公开告知书',
    decision: '您申请获取的政府信息中含有不应当公开的内容，本机关作区分处理后，公开其余部分。',
    article: '第三十七条',
    grounds: WITHHELD_GROUNDS,
  },
  WITHHELD: {
    label: '不予公开',
    noticeTitle: '政府信息不予公开告知书',
    decision: '您申请获取的政府信息属于不予公开的范围，本机关决定不予公开。',
    article: '第三十六条第（三）项',
    grounds: WITHHELD_GROUNDS,
  },
  NOT_EXIST: {
    label: '信息不存在',
    noticeTitle: '政府信息不存在告知书',
    decision: '经检索，本机关没有您申请获取的政府信息，该政府信息不存在。',
    article: '第三十六条第（四）项',
    grounds: [],
  },
  OTHER_AGENCY: {
    label: '告知向其他机关申请',
    noticeTitle: '非本机关政府信息告知书',
    decision: '您申请获取的政府信息不属于本机关负责公开，请向负责公开的机关申请。',
    article: '第三十六条第（五）项',
    grounds: [],
  },
  UNAVAILABLE: {
    label: '无法提供',
    noticeTitle: '无法提供政府信息告知书',
    decision: '本机关无法提供您申请获取的政府信息。',
    article: '',
    grounds: UNAVAILABLE_GROUNDS,
  },
  NOT_PROCESSED: {
    label: '不予处理',
    noticeTitle: '政府信息公开申请不予处理告知书',
    decision: '本机关对您的申请不予处理。',
    article: '',
    grounds: NOT_PROCESSED_GROUNDS,
  },
});

interface GroundRule {
  label: string;
  /** The article the ground rests on. */
  article: string;
}

export const GROUND_RULES: Readonly<Record<ReplyGround, GroundRule>> = Object.freeze({
  STATE_SECRET: { label: '属于国家秘密', article: '第十四条' },
  FORBIDDEN_BY_LAW: { label: '法律、行政法规禁止公开', article: '第十四条' },
  SECURITY_AND_STABILITY: { label: '公开后可能危及国家安全、公共安全、经济安全、社会稳定', article: '第十四条' },
  THIRD_PARTY_RIGHTS: { label: '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害', article: '第十五条' },
  INTERNAL_AFFAIRS: { label: '属于行政机关的内部事务信息', article: '第十六条第一款' },
  PROCESS_INFORMATION: { label: '属于过程性信息', article: '第十六条第二款' },
  ENFORCEMENT_FILE: { label: '属于行政执法案卷信息', article: '第十六条第二款' },
  ADMINISTRATIVE_QUERY: { label: '属于有关法律、行政法规对获取有特别规定的信息（行政查询事项），请依照其规定办理', article: '第三十六条第（七）项' },
  NEEDS_CREATION: { label: '没有现成信息，需要对现有政府信息进行加工、分析', article: '第三十八条' },
  STILL_UNCLEAR: { label: '补正后申请内容仍不明确', article: '第三十条' },
  PETITION: { label: '以政府信息公开申请的形式进行信访、投诉、举报', article: '第三十九条第一款' },
  REPEATED: { label: '已就同一申请作出答复，属于重复申请', article: '第三十六条第（六）项' },
  PUBLICATION: { label: '申请获取的是政府公报、报刊、书籍等公开出版物', article: '第三十九条第二款' },
  EXCESSIVE: { label: '申请数量、频次明显超过合理范围，且说明的理由不合理', article: '第三十五条' },
  CONFIRMATION: { label: '要求行政机关确认或者重新出具已经获取的信息，不属于申请获取政府信息', article: '第二条' },
});

/** The articles a reply cites, in order and once each: 《…条例》第十五条、第三十六条第（三）项. */
export function legalBasis(kind: ReplyKind, grounds: readonly ReplyGround[]): string {
  const articles = [...new Set([...grounds.map((ground) => GROUND_RULES[ground].article), REPLY_KIND_RULES[kind].article].filter(Boolean))];
  return `${REGULATION}${articles.join('、')}`;
}

/** The grounds a reply of this kind cites that it may not, or a message when it needs one and has none. */
export function groundsProblem(kind: ReplyKind, grounds: readonly ReplyGround[]): string | null {
  const allowed = REPLY_KIND_RULES[kind].grounds;
  if (allowed.length === 0) return grounds.length === 0 ? null : `“${REPLY_KIND_RULES[kind].label}”不需要选择理由类别。`;
  if (grounds.length === 0) return `“${REPLY_KIND_RULES[kind].label}”要选择法定理由。`;
  const wrong = grounds.find((ground) => !allowed.includes(ground));
  return wrong ? `“${GROUND_RULES[wrong].label}”不是“${REPLY_KIND_RULES[kind].label}”的理由。` : null;
}
