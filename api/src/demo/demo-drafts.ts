import { createHash } from 'node:crypto';
import type { App } from '../app';
import { auditEntry } from '../core/audit-entry';
import { DEFAULT_PERIOD_DAYS, publishedDraft } from '../drafts/draft-rules';
import type { StoredDraft } from '../drafts/draft-model';

// An example draft for comment shipped with the repo, so a resident trying the mini-app can take part
// in 意见征集 (and staff can moderate and answer), as the demo open days let them sign up. Its title
// starts with （示例）; it takes comments for the usual 30 days from the day it is loaded. Made up.

const TITLE = '（示例）既有住宅加装电梯补贴办法（征求意见稿）';
const DEPARTMENT = '区住房和城乡建设局';

const SECTIONS = [
  { heading: '第一条 补贴对象', text: '本区城镇范围内已建成投入使用、没有电梯的四层及以上住宅，经本单元业主协商一致加装电梯的。' },
  { heading: '第二条 补贴标准', text: '每部电梯补贴20万元；同一单元只补贴一次。加装电梯的设计、审批和施工费用超出补贴的部分，由业主按楼层协商分担。' },
  { heading: '第三条 申请和拨付', text: '业主代表向所在街道办事处提出申请；电梯验收合格、投入使用后，区住房和城乡建设局在30个工作日内拨付补贴。' },
  { heading: '第四条 施行日期', text: '本办法自2027年1月1日起施行，有效期3年。' },
];

/** The demo draft as it would be published on `now`'s day (its id names it, so loading it again finds it). */
export function demoDraft(now: Date): StoredDraft {
  const input = {
    title: TITLE,
    explanation: '为方便居民上下楼，区政府把既有住宅加装电梯列为民生实事。本办法写明哪些住宅能得到补贴、补多少、怎么申请，出台前先听听大家的意见。',
    sections: SECTIONS,
    otherWays: '（示例）也可以写信寄到区住房和城乡建设局，信封上注明“加装电梯意见”。',
    periodDays: DEFAULT_PERIOD_DAYS,
    shortPeriodReason: null,
  };
  return publishedDraft(createHash('sha256').update(TITLE).digest('hex').slice(0, 24), DEPARTMENT, input, 'demo', now);
}

/** Loads the demo draft into a store without any draft; otherwise leaves it alone. */
export async function loadDemoDrafts(app: Pick<App, 'stores' | 'now'>): Promise<number> {
  if ((await app.stores.drafts.list({ now: app.now() }, { first: 1 })).items.length > 0) return 0;
  const draft = demoDraft(app.now());
  const { created } = await app.stores.drafts.publish(draft, auditEntry({ kind: 'system', name: 'demo' }, 'draft.publish', draft.id, { demo: true }));
  return created ? 1 : 0;
}
