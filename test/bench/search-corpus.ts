import { createHash } from 'node:crypto';
import type { StoredPolicy } from '../../api/src/policies/policy-model';
import { qualityCorpus } from '../../api/src/search/quality-corpus/corpus';

// 10,000 made-up policies for the search benchmark: titles from issuers and subjects, sections of
// sentences drawn from the real documents and notices of the quality corpus, dates spread over
// 2006–2026. The oldest one alone holds 独生子女父母奖励扶助金, the word a `contains` filter over
// the newest 250 list entries never reaches.

const ISSUERS = ['示例区人民政府办公室', '示例区民政局', '示例区教育局', '示例区医疗保障局', '示例区农业农村局', '示例区人力资源和社会保障局', '示例区住房和城乡建设局', '示例区卫生健康局', '示例区财政局', '示例区市场监督管理局'];
const SUBJECTS = ['养老服务', '高龄津贴', '最低生活保障', '城乡居民医疗保险', '义务教育招生', '耕地地力保护补贴', '高校毕业生就业', '老旧小区改造', '加装电梯', '政务公开', '营商环境', '残疾人两项补贴', '临时救助', '公租房保障', '食品安全监管', '安全生产', '消防安全', '生态环境保护', '农村人居环境整治', '公共文化服务'];
const FORMS = ['关于做好{}工作的通知', '关于进一步加强{}工作的实施意见', '{}实施办法', '关于调整{}标准的通知', '{}工作方案', '关于印发{}工作要点的通知'];
const HEADINGS = ['一、总体要求', '二、主要任务', '三、保障措施', '四、工作要求', '五、实施步骤', '六、其他事项', '七、资金保障', '八、监督检查'];

export const OLDEST_WORD = '独生子女父母奖励扶助金';

/** A reproducible sequence of numbers in [0, 1). */
function sequence(seed: string): () => number {
  let counter = 0;
  return () => {
    counter += 1;
    return createHash('sha256').update(`${seed}|${counter}`).digest().readUInt32BE(0) / 2 ** 32;
  };
}

function sentenceBank(): string[] {
  const sentences = new Set<string>();
  for (const document of qualityCorpus().documents) {
    for (const unit of document.units) for (const sentence of unit.text.split(/(?<=[。；])/u)) if (sentence.length >= 12 && sentence.length <= 160) sentences.add(sentence.trim());
  }
  return [...sentences].filter((sentence) => !sentence.includes(OLDEST_WORD));
}

export function generatedPolicies(count: number): StoredPolicy[] {
  const random = sequence('search-bench');
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const bank = sentenceBank();
  const policies: StoredPolicy[] = [];
  for (let i = 0; i < count; i += 1) {
    const oldest = i === 0;
    const issuer = pick(ISSUERS);
    const subject = pick(SUBJECTS);
    const year = oldest ? 2006 : 2007 + Math.floor(random() * 20);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const sections = HEADINGS.slice(0, 3 + Math.floor(random() * 5)).map((heading, s) => ({
      level: 1,
      heading,
      text: Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(bank)).join('') + (oldest && s === 1 ? `对符合条件的家庭按年发放${OLDEST_WORD}。` : ''),
    }));
    const preamble = `各街道办事处、乡镇人民政府，区级各有关部门：\n为做好${subject}工作，现将有关事项通知如下。`;
    const body = [preamble, ...sections.map((section) => `${section.heading}\n${section.text}`)].join('\n');
    policies.push({
      id: createHash('sha256').update(`bench|${i}`).digest('hex').slice(0, 16),
      title: pick(FORMS).replace('{}', subject),
      documentNumber: `示发〔${year}〕${i % 200}号`,
      indexNumber: null,
      issuer,
      writtenDate: date,
      publishedDate: date,
      validity: 'VALID',
      repealedDate: null,
      disclosure: 'PROACTIVE',
      topics: [],
      targetGroups: [],
      body,
      sections,
      tables: [],
      department: issuer,
      year,
      summary: '',
      version: 1,
      createdAt: `${date}T00:00:00.000Z`,
      updatedAt: `${date}T00:00:00.000Z`,
    });
  }
  return policies;
}
