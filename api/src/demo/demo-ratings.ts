import { createHash } from 'node:crypto';
import type { App } from '../app';
import { beijingInstant, governmentDate } from '../core/clock';
import * as flow from '../ratings/case-flow';
import { ratingIdFor, serviceIdFor } from '../ratings/rating-ids';
import { isDissatisfied, type Satisfaction } from '../core/satisfaction';
import { type RatingReason, type ServiceChannel, type StoredCase, type StoredService } from '../ratings/rating-model';

// Made-up 好差评 demo content (every item carries demo: true): services of several departments at
// the window, online and on the hotline, and about three months of ratings up to today, with bad
// ratings' cases in every state — open and overdue, called back, replied, closed with and without the
// resident's satisfaction, appealed, appeal upheld. Everything is written through the rating store and
// the case steps, so the figures' counters are exactly what real use would have produced.

interface DemoService {
  department: string;
  name: string;
  channel: ServiceChannel;
  windows?: string[];
  description: string;
}

export const DEMO_SERVICES: readonly DemoService[] = [
  { department: '区民政局', name: '最低生活保障申请', channel: 'WINDOW', windows: ['3', '4'], description: '（示例）低保申请受理，区政务服务中心二楼。' },
  { department: '区民政局', name: '高龄津贴申领', channel: 'ONLINE', description: '（示例）80 周岁以上老年人高龄津贴网上申领。' },
  { department: '区人力资源和社会保障局', name: '社会保障卡补换', channel: 'WINDOW', windows: ['7', '8'], description: '（示例）社保卡挂失、补卡、换卡。' },
  { department: '区人力资源和社会保障局', name: '灵活就业人员参保登记', channel: 'ONLINE', description: '（示例）灵活就业人员养老、医疗保险参保登记。' },
  { department: '区市场监督管理局', name: '个体工商户设立登记', channel: 'WINDOW', windows: ['12'], description: '（示例）个体工商户营业执照办理。' },
  { department: '区政府办公室', name: '12345 政务服务便民热线', channel: 'HOTLINE', description: '（示例）政策咨询、投诉建议。' },
];

const GOOD_COMMENTS = ['工作人员很耐心', '一次就办好了', '材料一次说清楚了', null, null, null];
const BAD_DETAILS: Array<{ reasons: RatingReason[]; comment: string | null }> = [
  { reasons: ['LONG_WAIT'], comment: '排队等了一个多小时' },
  { reasons: ['MULTIPLE_TRIPS', 'UNCLEAR_REQUIREMENTS'], comment: '材料清单没说清楚，跑了三趟' },
  { reasons: ['SYSTEM_FAILURE'], comment: '系统一直提交不了' },
  { reasons: ['BAD_ATTITUDE'], comment: null },
  { reasons: ['OTHER'], comment: '电话一直占线' },
];

const DEMO_STAFF = '示例工作人员';
const DEMO_ADMIN = '示例区级审核人';
const DAY = 86_400_000;

/** A reproducible sequence of numbers in [0, 1), so every `npm start` shows the same demo. */
function sequence(seed: string): () => number {
  let counter = 0;
  return () => {
    counter += 1;
    return createHash('sha256').update(`${seed}|${counter}`).digest().readUInt32BE(0) / 2 ** 32;
  };
}

/** Beijing 10:00 on the day `daysAgo` before `now` (at least an hour before now). */
const morning = (now: Date, daysAgo: number) => {
  const at = beijingInstant(governmentDate(new Date(now.getTime() - daysAgo * DAY)), '10:00');
  return at.getTime() < now.getTime() - 3_600_000 ? at : new Date(now.getTime() - 3_600_000);
};

/** Loads the demo services and ratings into a store without any service; returns how many services it made. */
export async function loadDemoRatings(app: App): Promise<number> {
  const store = app.stores.ratings;
  if (await store.hasAnyService()) return 0;
  const now = app.now();
  const random = sequence('govopen-demo-ratings');
  const services: StoredService[] = DEMO_SERVICES.map((s) => ({
    id: serviceIdFor(s.department, s.name),
    department: s.department,
    name: s.name,
    channel: s.channel,
    windows: s.windows ?? [],
    description: s.description,
    demo: true,
    disabled: false,
    version: 1,
    createdAt: morning(now, 120).toISOString(),
    updatedAt: morning(now, 120).toISOString(),
  }));
  for (const service of services) await store.createService(service);

  let badCount = 0;
  let matter = 0;
  for (const service of services) {
    for (let daysAgo = 95; daysAgo >= 1; daysAgo -= 1 + Math.floor(random() * 8)) {
      matter += 1;
      const bad = random() < 0.22;
      const level: Satisfaction = bad ? (random() < 0.5 ? 'DISSATISFIED' : 'VERY_DISSATISFIED') : (['VERY_SATISFIED', 'VERY_SATISFIED', 'SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'] as const)[Math.floor(random() * 5)]!;
      const details = bad ? BAD_DETAILS[badCount % BAD_DETAILS.length]! : { reasons: [], comment: GOOD_COMMENTS[Math.floor(random() * GOOD_COMMENTS.length)] ?? null };
      const ratedAt = morning(now, daysAgo);
      const residentId = `demo-resident-${matter}`;
      const matterNumber = service.channel === 'HOTLINE' ? null : `DEMO-${String(matter).padStart(5, '0')}`;
      const { rating, opened } = flow.openRating({
        id: ratingIdFor(residentId, service.id, matterNumber, governmentDate(ratedAt)),
        service,
        residentId,
        level,
        reasons: details.reasons,
        comment: details.comment,
        matterNumber,
        window: service.windows[matter % Math.max(1, service.windows.length)] ?? null,
        contactPhone: bad ? `1390000${String(1000 + matter).slice(-4)}` : null,
        fingerprint: 'demo',
        now: ratedAt,
        deadlines: app.config.ratings,
        demo: true,
      });
      await store.addRating(rating, opened);
      if (opened && isDissatisfied(level)) {
        await advanceDemoCase(app, opened.case, level, badCount, daysAgo, now);
        badCount += 1;
      }
    }
  }
  return services.length;
}

/**
 * Takes a demo case as far as its age and its turn allow, so every state shows: recent cases stay
 * open (some overdue), older ones are called back, replied, rated again and closed.
 */
async function advanceDemoCase(app: App, opened: StoredCase, level: Satisfaction, turn: number, daysAgo: number, now: Date): Promise<void> {
  const store = app.stores.ratings;
  let current = opened;
  const apply = async (transition: flow.Transition) => {
    if (!(await store.changeCase({ before: current, ...transition }))) throw new Error(`demo case ${current.id} could not be advanced`);
    current = transition.after;
  };
  // Each step `days` after the rating, never before the step before it, never in the future.
  let last = new Date(opened.openedAt);
  const at = (days: number) => {
    const when = morning(now, Math.max(0, daysAgo - days));
    last = when.getTime() > last.getTime() ? when : new Date(last.getTime() + 60_000);
    return last;
  };
  const kind = turn % 8;
  if (daysAgo <= 2) return; // open, within its call-back day
  if (kind === 7 && daysAgo < 30) return; // open and overdue
  if (kind === 6) {
    await apply(flow.appeal(current, DEMO_STAFF, '（示例）评价人当天无办件记录，疑似恶意差评。', at(1)));
    if (daysAgo > 20 && turn % 16 === 6) await apply(flow.decide(current, DEMO_ADMIN, true, '（示例）经核实无办件记录，不计入统计。', level, at(3)));
    return;
  }
  await apply(flow.recordCallback(current, DEMO_STAFF, '（示例）已电话回访，了解具体情况。', at(1)));
  if (daysAgo < 8 || kind === 5) return; // called back, fix under way
  const outcome = kind % 2 === 0 ? 'RECTIFIED' : 'EXPLAINED';
  const reply = outcome === 'RECTIFIED' ? '（示例）已在窗口公示材料清单，并增加高峰时段窗口。' : '（示例）已向您说明办理条件和所需材料，欢迎再来咨询。';
  // Some replies come after their deadline, so the on-time share is not 100 %.
  await apply(flow.reply(current, DEMO_STAFF, reply, outcome, kind === 3 && daysAgo >= 40 ? at(30) : at(6)));
  if (daysAgo < 25) return; // replied, waiting for the resident
  if (kind !== 4) await apply(flow.rateFix(current, kind === 2 ? 'DISSATISFIED' : 'SATISFIED', null, at(10)));
  await apply(flow.close(current, DEMO_STAFF, null, at(12)));
}
