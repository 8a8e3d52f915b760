// The policy library's domain types, shared by the importer, the API and the mini-app.

export const VALIDITIES = ['VALID', 'AMENDED', 'REPEALED'] as const;
/** 效力状态: 有效 / 已修改 / 已废止. */
export type Validity = (typeof VALIDITIES)[number];

export const DISCLOSURES = ['PROACTIVE', 'ON_REQUEST', 'NOT_DISCLOSED'] as const;
/** 公开方式: 主动公开 / 依申请公开 / 不予公开. Only PROACTIVE policies are ever shown to the public. */
export type Disclosure = (typeof DISCLOSURES)[number];

export const INTERPRETATION_KINDS = ['TEXT', 'QA', 'GRAPHIC', 'VIDEO'] as const;
/** 解读形式: 文字 / 问答式 / 图解 / 视频. */
export type InterpretationKind = (typeof INTERPRETATION_KINDS)[number];

/** A heading of the body: level 1 一、, level 2 （一）, level 3 1. — `text` is what follows it up to the next heading. */
export interface PolicySection {
  level: number;
  heading: string;
  text: string;
}

/** An attachment table such as a task list (序号 / 任务 / 牵头单位 / 完成时限); "same as above" cells are filled in. */
export interface PolicyTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/** What the importer makes of one document, and what staff publish: a policy before it has an id. */
export interface PolicyDraft {
  title: string;
  /** 文号, normalised to 〔〕 brackets, e.g. 婺政办发〔2022〕21号. */
  documentNumber: string | null;
  /** 索引号, e.g. 11640112010148754W/2022-00206. */
  indexNumber: string | null;
  /** 发布机构. */
  issuer: string | null;
  /** 成文日期, YYYY-MM-DD. */
  writtenDate: string | null;
  /** 发布日期, YYYY-MM-DD. */
  publishedDate: string | null;
  validity: Validity;
  /** 废止日期, YYYY-MM-DD, only when REPEALED. */
  repealedDate: string | null;
  disclosure: Disclosure;
  /** 主题, from TOPICS. */
  topics: string[];
  /** 适用对象, from TARGET_GROUPS. */
  targetGroups: string[];
  /** The whole text, cleaned of scraping debris, paragraphs separated by "\n". */
  body: string;
  sections: PolicySection[];
  tables: PolicyTable[];
}

/** 主题 used to classify policies for browsing. */
export const TOPICS = [
  '政务公开',
  '营商环境',
  '财政预算',
  '就业创业',
  '社会保障',
  '养老服务',
  '医疗卫生',
  '教育',
  '住房保障',
  '城乡建设',
  '生态环境',
  '农业农村',
  '疫情防控',
  '法治建设',
  '市场监管',
] as const;

/** 适用对象 a policy is meant for, used for browsing and for telling residents about new policies. */
export const TARGET_GROUPS = [
  '老年人',
  '残疾人',
  '企业',
  '个体工商户',
  '高校毕业生',
  '农民',
  '低收入群体',
  '退役军人',
  '学生',
  '儿童',
] as const;
