import { TARGET_GROUPS, TOPICS } from '@govopen/shared';

// Topics (主题) and target groups (适用对象) from a small keyword dictionary, on Simplified text.
// A label is chosen when one of its keywords stands in the title, or when its keywords come up at
// least 4 times per 1,000 characters of the body: a plan that mentions 疫情防控 in passing (about
// once per 1,000 characters in the 政务公开 plans, against 11 to 14 for 政务公开) is not a
// 疫情防控 policy.

type Topic = (typeof TOPICS)[number];
type TargetGroup = (typeof TARGET_GROUPS)[number];

const TOPIC_KEYWORDS: Record<Topic, readonly string[]> = {
  政务公开: ['政务公开', '信息公开', '政府开放日', '政策解读'],
  营商环境: ['营商环境', '市场主体', '放管服', '惠企'],
  财政预算: ['财政预算', '预算', '决算', '财政资金'],
  就业创业: ['就业', '创业', '稳岗'],
  社会保障: ['社会保障', '社会保险', '社会救助', '社会福利', '低保', '特困', '高龄津贴'],
  养老服务: ['养老服务', '养老机构', '居家养老', '养老设施'],
  医疗卫生: ['医疗', '卫生健康', '医保', '医院', '公共卫生'],
  教育: ['教育', '学校', '招生'],
  住房保障: ['住房保障', '保障性住房', '公租房', '棚户区', '老旧小区'],
  城乡建设: ['城乡建设', '城市更新', '基础设施', '市政工程'],
  生态环境: ['生态环境', '环境保护', '污染防治', '大气污染'],
  农业农村: ['农业', '农村', '乡村振兴', '涉农'],
  疫情防控: ['疫情防控', '新冠', '疫苗接种', '核酸'],
  法治建设: ['法治', '行政复议', '规范性文件', '依法行政'],
  市场监管: ['市场监管', '食品安全', '药品安全', '反垄断', '知识产权'],
};

const GROUP_KEYWORDS: Record<TargetGroup, readonly string[]> = {
  老年人: ['老年人', '老人', '高龄', '适老化'],
  残疾人: ['残疾人', '残障'],
  企业: ['企业', '市场主体'],
  个体工商户: ['个体工商户', '个体户'],
  高校毕业生: ['高校毕业生', '大学生'],
  农民: ['农民', '农户'],
  低收入群体: ['低收入', '低保', '特困', '困难群众'],
  退役军人: ['退役军人'],
  学生: ['学生'],
  儿童: ['儿童', '婴幼儿', '未成年人'],
};

/** Mentions per 1,000 characters of body that make a label clear without the title. */
const BODY_MENTIONS_PER_THOUSAND = 4;
/** In a short body a word or two is no pattern. */
const MIN_BODY_MENTIONS = 3;

function mentions(text: string, keywords: readonly string[]): number {
  return keywords.reduce((sum, keyword) => sum + text.split(keyword).length - 1, 0);
}

function chosen<Label extends string>(
  dictionary: Record<Label, readonly string[]>,
  title: string,
  body: string,
): Label[] {
  const enough = Math.max(MIN_BODY_MENTIONS, (BODY_MENTIONS_PER_THOUSAND * body.length) / 1000);
  return (Object.keys(dictionary) as Label[]).filter(
    (label) => mentions(title, dictionary[label]) > 0 || mentions(body, dictionary[label]) >= enough,
  );
}

/** Topics and target groups of a policy, from its Simplified title and body. */
export function classify(title: string, body: string): { topics: Topic[]; targetGroups: TargetGroup[] } {
  return { topics: chosen(TOPIC_KEYWORDS, title, body), targetGroups: chosen(GROUP_KEYWORDS, title, body) };
}
