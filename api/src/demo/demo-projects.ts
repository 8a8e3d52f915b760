import { beijingInstant } from '../core/clock';
import type { App } from '../app';
import { projectIdFor, updateIdFor } from '../projects/project-ids';
import { milestoneDoneText, type Milestone, type ProjectFigure, type StoredProject, type StoredUpdate } from '../projects/project-model';

// Demo content: a made-up district's 2026 list of ten livelihood projects (示例, not a real list),
// with milestones across 2026 and a few dated updates each, so every screen has something to show:
// projects completed, in progress, delayed with an explanation, delayed and still waiting for one,
// and one project split into child projects by street. Loaded through the project store into an
// empty store. Statuses are derived from today's date, so they move on as the year does.

const YEAR = 2026;
const LIST = '2026年区十大民生实事（示例）';

const 住建 = '区住房和城乡建设局';
const 民政 = '区民政局';
const 教育 = '区教育局';
const 交通 = '区交通运输局';
const 城管 = '区城市管理局';
const 商务 = '区商务局';
const 卫健 = '区卫生健康局';
const 人社 = '区人力资源和社会保障局';
const 财政 = '区财政局';
const 市场监管 = '区市场监督管理局';

interface DemoMilestone {
  title: string;
  planned: string;
  weight?: number;
  done?: string;
  /** Why it is late, and the day the department said so. */
  delay?: { date: string; reason: string };
}

interface DemoUpdate {
  date: string;
  text: string;
  spending?: number;
  figures?: Array<[label: string, value: number, unit: string]>;
  /** Posted by a co-operating department rather than the lead. */
  by?: string;
}

interface DemoProject {
  title: string;
  summary: string;
  lead: string;
  cooperating?: string[];
  target: [quantity: number, unit: string, text: string];
  budget: number;
  milestones?: DemoMilestone[];
  updates?: DemoUpdate[];
  children?: DemoProject[];
}

const 老旧小区片区 = (street: string, count: number, budget: number, milestones: DemoMilestone[], updates: DemoUpdate[]): DemoProject => ({
  title: `${street}片区老旧小区改造`,
  summary: `${street}辖区内${count}个2000年前建成的老旧小区，改造雨污管网、屋面防水、外墙和楼道，增设充电车棚和适老化扶手。`,
  lead: `${street}办事处`,
  cooperating: [住建],
  target: [count, '个', `完成${count}个老旧小区改造`],
  budget,
  milestones,
  updates,
});

export const DEMO_PROJECTS: DemoProject[] = [
  {
    title: '老旧小区改造',
    summary: '改造30个老旧小区，补齐水电气、停车、养老托育等短板，惠及居民约1.2万户。按街道分三个片区实施。',
    lead: 住建,
    cooperating: [财政],
    target: [30, '个', '完成30个老旧小区改造，惠及居民约1.2万户'],
    budget: 0,
    updates: [
      { date: '2026-02-20', text: '改造计划经区政府常务会议通过，30个小区名单已在各社区公示。' },
      { date: '2026-04-08', text: '区财政局已下达第一批改造补助资金4800万元，由各街道按工程进度拨付。', by: 财政 },
      { date: '2026-06-30', text: '三个片区30个小区全部开工。各小区公示栏公布了施工单位、工期和监督电话12345。' },
    ],
    children: [
      老旧小区片区('城东街道', 12, 48_000_000, [
        { title: '完成改造方案设计并征求居民意见', planned: '2026-03-31', done: '2026-03-28' },
        { title: '全部开工', planned: '2026-05-15', done: '2026-05-10' },
        { title: '主体工程完工', planned: '2026-09-30', weight: 3, done: '2026-09-26' },
        { title: '竣工验收', planned: '2026-12-15' },
      ], [
        { date: '2026-05-10', text: '12个小区全部开工，施工期间每个小区设置临时通道和公告栏。', spending: 9_600_000 },
        { date: '2026-09-26', text: '主体工程完工，已完成雨污分流管网约8.6公里、屋面防水2.1万平方米。', spending: 24_000_000, figures: [['雨污分流管网', 8.6, '公里'], ['屋面防水', 21000, '平方米']] },
      ]),
      老旧小区片区('城西街道', 10, 40_000_000, [
        { title: '完成改造方案设计并征求居民意见', planned: '2026-03-31', done: '2026-04-02' },
        { title: '全部开工', planned: '2026-05-31', done: '2026-06-10' },
        { title: '主体工程完工', planned: '2026-10-31', weight: 3, delay: { date: '2026-11-03', reason: '雨季施工受阻，3个小区的燃气管线迁改需与燃气公司协调，预计12月中旬完成主体工程。' } },
        { title: '竣工验收', planned: '2026-12-25' },
      ], [
        { date: '2026-06-10', text: '10个小区全部开工。因方案调整，开工比计划晚10天。', spending: 8_000_000 },
        { date: '2026-09-15', text: '7个小区主体工程完工，其余3个小区正在进行管线迁改。', spending: 14_500_000, figures: [['主体完工小区', 7, '个']] },
      ]),
      老旧小区片区('南湖街道', 8, 32_000_000, [
        { title: '完成改造方案设计并征求居民意见', planned: '2026-03-31', done: '2026-03-30' },
        { title: '全部开工', planned: '2026-06-15', done: '2026-06-12' },
        { title: '主体工程完工', planned: '2026-10-15', weight: 3, done: '2026-10-14' },
        { title: '竣工验收', planned: '2026-11-15', done: '2026-11-13' },
      ], [
        { date: '2026-06-12', text: '8个小区全部开工。', spending: 6_400_000 },
        { date: '2026-11-13', text: '8个小区通过竣工验收，居民满意度测评平均96分。', spending: 24_300_000, figures: [['竣工小区', 8, '个']] },
      ]),
    ],
  },
  {
    title: '社区老年食堂（老年助餐点）建设',
    summary: '在全区新建20个社区老年食堂（助餐点），为60岁以上老年人提供价格实惠的午餐，80岁以上和困难老人享受助餐补贴。',
    lead: 民政,
    cooperating: [市场监管],
    target: [20, '个', '新建社区老年食堂（助餐点）20个'],
    budget: 6_000_000,
    milestones: [
      { title: '确定20个点位', planned: '2026-03-15', done: '2026-03-12' },
      { title: '首批10个助餐点开业', planned: '2026-06-30', weight: 2, done: '2026-06-28' },
      { title: '20个助餐点全部开业', planned: '2026-09-30', weight: 2, done: '2026-09-29' },
    ],
    updates: [
      { date: '2026-06-28', text: '首批10个助餐点开业，日均服务老年人约900人次。', spending: 2_800_000, figures: [['日均就餐', 900, '人次']] },
      { date: '2026-08-12', text: '区市场监督管理局完成首批助餐点食品安全检查，10个点全部合格。', by: 市场监管 },
      { date: '2026-09-29', text: '20个助餐点全部开业，日均服务老年人约1800人次。', spending: 2_950_000, figures: [['日均就餐', 1800, '人次']] },
    ],
  },
  {
    title: '既有住宅加装电梯',
    summary: '支持符合条件的既有多层住宅加装电梯，每部补助20万元，简化审批流程，实行一站式办理。',
    lead: 住建,
    cooperating: [市场监管],
    target: [60, '部', '完成既有住宅加装电梯60部'],
    budget: 12_000_000,
    milestones: [
      { title: '发布加装电梯补助办法并征集意向', planned: '2026-04-30', done: '2026-04-25' },
      { title: '完成30部电梯审批', planned: '2026-07-31', weight: 2, done: '2026-08-05' },
      { title: '60部电梯全部完工并通过检验', planned: '2026-12-31', weight: 3 },
    ],
    updates: [
      { date: '2026-04-25', text: '补助办法发布，共收到82个单元的加装意向。', figures: [['加装意向', 82, '个单元']] },
      { date: '2026-10-20', text: '已完工并通过特种设备检验的电梯38部，另有22部正在安装。', spending: 7_600_000, figures: [['已完工', 38, '部'], ['安装中', 22, '部']] },
    ],
  },
  {
    title: '中小学校扩容',
    summary: '实验小学扩建和第二中学新校区建设，新增学位2400个，缓解城东片区入学压力。',
    lead: 教育,
    cooperating: [住建],
    target: [2400, '个', '新增中小学学位2400个'],
    budget: 180_000_000,
    milestones: [
      { title: '实验小学扩建工程开工', planned: '2026-03-01', done: '2026-02-26' },
      { title: '实验小学新教学楼秋季学期启用', planned: '2026-08-31', weight: 3, done: '2026-08-25' },
      { title: '第二中学新校区主体封顶', planned: '2026-11-06', weight: 2, delay: { date: '2026-11-10', reason: '地下室施工遇到未探明的旧管道，经设计变更后复工，封顶推迟约三周。' } },
      { title: '第二中学新校区竣工', planned: '2026-12-31', weight: 2 },
    ],
    updates: [
      { date: '2026-08-25', text: '实验小学新教学楼通过验收，秋季学期新增学位1080个。', spending: 62_000_000, figures: [['新增学位', 1080, '个']] },
      { date: '2026-10-18', text: '第二中学新校区教学楼施工至第四层。', spending: 58_000_000, by: 住建 },
    ],
  },
  {
    title: '便民停车设施建设',
    summary: '利用边角地和闲置地块建设公共停车场，推动机关单位停车位夜间向居民开放，新增公共停车泊位1500个。',
    lead: 交通,
    cooperating: [城管],
    target: [1500, '个', '新增公共停车泊位1500个'],
    budget: 15_000_000,
    milestones: [
      { title: '确定停车场选址', planned: '2026-03-31', done: '2026-03-27' },
      { title: '首批800个泊位投用', planned: '2026-07-31', weight: 2, done: '2026-07-20' },
      { title: '1500个泊位全部投用', planned: '2026-12-15', weight: 2 },
    ],
    updates: [
      { date: '2026-07-20', text: '首批6个停车场共812个泊位投入使用，前两小时免费。', spending: 7_200_000, figures: [['投用泊位', 812, '个']] },
      { date: '2026-10-09', text: '12家机关单位的430个停车位已在夜间向周边居民开放。', by: 城管, figures: [['夜间开放泊位', 430, '个']] },
    ],
  },
  {
    title: '口袋公园建设',
    summary: '在居民区周边见缝插绿，建设8个口袋公园，配建座椅、健身器材和儿童游乐设施，让居民出门五分钟见绿。',
    lead: 城管,
    target: [8, '个', '建成口袋公园8个'],
    budget: 9_600_000,
    milestones: [
      { title: '完成设计并公示', planned: '2026-04-15', done: '2026-04-10' },
      { title: '全部开工', planned: '2026-05-31', done: '2026-05-28' },
      { title: '8个口袋公园建成开放', planned: '2026-10-31', weight: 3, done: '2026-10-30' },
    ],
    updates: [
      { date: '2026-04-10', text: '8个口袋公园设计方案公示，收到居民意见56条，采纳23条。' },
      { date: '2026-10-30', text: '8个口袋公园全部建成开放，新增绿地约1.6万平方米。', spending: 9_150_000, figures: [['新增绿地', 16000, '平方米']] },
    ],
  },
  {
    title: '农贸市场标准化改造',
    summary: '对5个农贸市场进行标准化改造，改善排水、通风和照明，设立公平秤和农残快检室。',
    lead: 商务,
    cooperating: [市场监管],
    target: [5, '个', '完成5个农贸市场标准化改造'],
    budget: 10_000_000,
    milestones: [
      { title: '完成改造招标', planned: '2026-05-31', done: '2026-06-20' },
      { title: '3个市场改造完成', planned: '2026-09-30', weight: 2, done: '2026-10-10' },
      { title: '5个市场全部改造完成', planned: '2026-11-20', weight: 2 },
    ],
    updates: [
      { date: '2026-06-20', text: '改造工程完成招标，分两批施工，施工期间市场照常营业。', spending: 1_000_000 },
      { date: '2026-10-10', text: '东门、北街、新华3个市场改造完成并恢复营业。', spending: 5_400_000, figures: [['完成改造', 3, '个']] },
    ],
  },
  {
    title: '优化公交线路',
    summary: '新开和优化6条公交线路，覆盖新建小区和学校、医院，早晚高峰加密班次。',
    lead: 交通,
    target: [6, '条', '新开或优化公交线路6条'],
    budget: 3_000_000,
    milestones: [
      { title: '线网调整方案公示', planned: '2026-03-31', done: '2026-03-25' },
      { title: '开通3条线路', planned: '2026-06-30', weight: 2, done: '2026-06-29' },
      { title: '6条线路全部开通', planned: '2026-10-31', weight: 2, done: '2026-10-28' },
    ],
    updates: [
      { date: '2026-06-29', text: '新开101路、102路，优化15路，早高峰发车间隔缩短到8分钟。', spending: 1_300_000 },
      { date: '2026-10-28', text: '6条线路全部开通，新增公交站点31个。', spending: 1_500_000, figures: [['新增站点', 31, '个']] },
    ],
  },
  {
    title: '老年人免费健康体检',
    summary: '为辖区65岁以上常住老年人提供一次免费健康体检，建立健康档案，社区医生上门解读体检结果。',
    lead: 卫健,
    target: [30_000, '人次', '为65岁以上老年人免费体检3万人次'],
    budget: 4_500_000,
    milestones: [
      { title: '体检工作启动', planned: '2026-03-01', done: '2026-03-02' },
      { title: '完成1.5万人次', planned: '2026-06-30', weight: 2, done: '2026-06-24' },
      { title: '完成3万人次', planned: '2026-11-30', weight: 2 },
    ],
    updates: [
      { date: '2026-06-24', text: '已完成体检15200人次，发现并转诊高血压等慢病患者1100余人。', spending: 2_280_000, figures: [['已体检', 15200, '人次']] },
      { date: '2026-10-31', text: '累计完成体检26800人次，行动不便的老人由家庭医生上门服务。', spending: 1_740_000, figures: [['已体检', 26800, '人次']] },
    ],
  },
  {
    title: '职业技能培训',
    summary: '面向失业人员、农民工和高校毕业生开展免费职业技能培训，培训合格的推荐就业。',
    lead: 人社,
    target: [5_000, '人次', '开展职业技能培训5000人次'],
    budget: 7_500_000,
    milestones: [
      { title: '公布培训项目和机构', planned: '2026-03-31', done: '2026-03-20' },
      { title: '完成培训2500人次', planned: '2026-06-30', weight: 2, done: '2026-06-30' },
      { title: '完成培训5000人次', planned: '2026-12-31', weight: 2 },
    ],
    updates: [
      { date: '2026-06-30', text: '上半年完成培训2560人次，其中养老护理员、电工、家政服务最受欢迎。', spending: 3_840_000, figures: [['已培训', 2560, '人次']] },
      { date: '2026-11-05', text: '累计培训4120人次，培训后就业率约72%。', spending: 2_300_000, figures: [['已培训', 4120, '人次'], ['培训后就业率', 72, '%']] },
    ],
  },
];

/** A time of the morning in Beijing on the date, as an instant. */
const morningOf = (date: string, hour = 10) => beijingInstant(date, `${String(hour).padStart(2, '0')}:00`).toISOString();

function demoUpdate(project: StoredProject, fields: { date: string; text: string; department: string; kind: StoredUpdate['kind']; spending?: number; figures?: ProjectFigure[]; milestoneId?: string }): StoredUpdate {
  const content = {
    projectId: project.id,
    kind: fields.kind,
    date: fields.date,
    department: fields.department,
    text: fields.text,
    figures: fields.figures ?? [],
    spending: fields.spending ?? null,
    photos: [],
    milestoneId: fields.milestoneId ?? null,
    corrects: null,
  };
  // Milestone entries at 9:00, reports at 10:00: a day's report follows the milestone it reports.
  return { id: updateIdFor(content), ...content, postedAt: morningOf(fields.date, fields.kind === 'PROGRESS' ? 10 : 9), postedBy: 'demo' };
}

async function loadOne(app: App, demo: DemoProject, order: number, parentId: string | null): Promise<void> {
  const store = app.stores.projects;
  const id = projectIdFor(YEAR, LIST, parentId, demo.title);
  const milestones: Milestone[] = (demo.milestones ?? []).map((m, i) => ({ id: `${id}.${i + 1}`, title: m.title, plannedDate: m.planned, weight: m.weight ?? 1, actualDate: null, delays: [] }));
  const project: StoredProject = {
    id,
    year: YEAR,
    list: LIST,
    order,
    title: demo.title,
    summary: demo.summary,
    leadDepartment: demo.lead,
    cooperatingDepartments: demo.cooperating ?? [],
    target: { quantity: demo.target[0], unit: demo.target[1], text: demo.target[2] },
    budgetPlanned: demo.budget,
    spent: 0,
    updateCount: 0,
    milestones,
    parentId,
    childIds: [],
    cancellation: null,
    demo: true,
    createdAt: morningOf(`${YEAR}-01-15`),
    version: 1,
  };
  await store.create(project);

  // The history in date order, each event through the store as staff would have recorded it.
  type Event = { date: string; apply: () => Promise<void> };
  let current = milestones;
  let version = project.version;
  const milestoneChange = async (kind: StoredUpdate['kind'], date: string, text: string, milestoneId: string, next: Milestone[]) => {
    await store.record({ update: demoUpdate(project, { date, text, department: demo.lead, kind, milestoneId }), projectChange: { expectedVersion: version, milestones: next } });
    current = next;
    version += 1;
  };
  const events: Event[] = [
    ...(demo.updates ?? []).map((u) => ({
      date: u.date,
      apply: async () => {
        const figures = (u.figures ?? []).map(([label, value, unit]) => ({ label, value, unit }));
        await store.record({ update: demoUpdate(project, { date: u.date, text: u.text, department: u.by ?? demo.lead, kind: 'PROGRESS', spending: u.spending, figures }) });
      },
    })),
    ...(demo.milestones ?? []).flatMap((m, i) => [
      ...(m.done
        ? [{ date: m.done, apply: () => milestoneChange('MILESTONE_DONE', m.done!, milestoneDoneText(m.title, m.done!), `${id}.${i + 1}`, current.map((c, j) => (j === i ? { ...c, actualDate: m.done! } : c))) }]
        : []),
      ...(m.delay
        ? [
            {
              date: m.delay.date,
              apply: () =>
                milestoneChange('DELAY_EXPLAINED', m.delay!.date, `节点「${m.title}」延期说明：${m.delay!.reason}`, `${id}.${i + 1}`, current.map((c, j) => (j === i ? { ...c, delays: [...c.delays, { reason: m.delay!.reason, date: m.delay!.date, at: morningOf(m.delay!.date), department: demo.lead }] } : c))),
            },
          ]
        : []),
    ]),
  ];
  for (const event of events.sort((a, b) => a.date.localeCompare(b.date))) await event.apply();
  for (const [i, child] of (demo.children ?? []).entries()) await loadOne(app, child, i + 1, id);
}

/** Loads the demo projects into a store that has none; returns how many were loaded. */
export async function loadDemoProjects(app: App): Promise<number> {
  if (await app.stores.projects.hasAnyProject()) return 0;
  for (const [i, demo] of DEMO_PROJECTS.entries()) await loadOne(app, demo, i + 1, null);
  return DEMO_PROJECTS.length;
}
