// Residents' words for what documents call otherwise: the table search starts with. Staff extend it
// (and may take an entry out) through the API; their entries are stored and win over these.
// Each entry reads "a resident who types `term` also means `alternatives`"; where both directions
// hold, both entries are listed.

export interface SynonymEntry {
  term: string;
  alternatives: string[];
}

export const DEFAULT_SYNONYMS: readonly SynonymEntry[] = [
  { term: '老人', alternatives: ['老年人', '高龄', '长者'] },
  { term: '老年', alternatives: ['老年人', '高龄'] },
  { term: '老人家', alternatives: ['老年人'] },
  { term: '长辈', alternatives: ['老年人'] },
  { term: '养老补贴', alternatives: ['高龄津贴', '养老服务补贴', '养老补助'] },
  { term: '高龄津贴', alternatives: ['养老补贴', '高龄补贴'] },
  { term: '高龄补贴', alternatives: ['高龄津贴'] },
  { term: '养老服务补贴', alternatives: ['养老补贴'] },
  { term: '养老钱', alternatives: ['养老金', '高龄津贴'] },
  { term: '退休金', alternatives: ['养老金', '基本养老金'] },
  { term: '种地补贴', alternatives: ['涉农补贴', '耕地地力保护补贴', '惠农补贴'] },
  { term: '种粮补贴', alternatives: ['涉农补贴', '耕地地力保护补贴'] },
  { term: '农业补贴', alternatives: ['涉农补贴', '惠农补贴'] },
  { term: '看病', alternatives: ['医疗', '就医', '医保'] },
  { term: '看病钱', alternatives: ['医疗费用', '医疗救助'] },
  { term: '医保', alternatives: ['医疗保险', '基本医疗保险'] },
  { term: '社保', alternatives: ['社会保险', '社会保障'] },
  { term: '社保卡', alternatives: ['社会保障卡'] },
  { term: '低保', alternatives: ['最低生活保障'] },
  { term: '低保金', alternatives: ['最低生活保障金'] },
  { term: '困难户', alternatives: ['困难群众', '低收入'] },
  { term: '残疾补贴', alternatives: ['残疾人两项补贴', '困难残疾人生活补贴'] },
  { term: '上学', alternatives: ['入学', '招生', '教育'] },
  { term: '读书', alternatives: ['入学', '教育'] },
  { term: '孩子', alternatives: ['儿童', '学生', '未成年人'] },
  // A child going to school is enrolment as one thing: as two words, 孩子 would also have to be found
  // (the 招生入学 open day and the 中小学校扩容 project never say 儿童 or 学生).
  { term: '孩子上学', alternatives: ['入学', '招生', '义务教育'] },
  { term: '小孩上学', alternatives: ['入学', '招生', '义务教育'] },
  { term: '孩子读书', alternatives: ['入学', '招生', '义务教育'] },
  { term: '小孩读书', alternatives: ['入学', '招生', '义务教育'] },
  { term: '小孩', alternatives: ['儿童', '未成年人'] },
  { term: '找工作', alternatives: ['就业', '招聘', '求职'] },
  { term: '大学生', alternatives: ['高校毕业生'] },
  { term: '当兵', alternatives: ['退役军人', '兵役'] },
  { term: '开店', alternatives: ['个体工商户', '营业执照'] },
  { term: '开公司', alternatives: ['企业开办', '营业执照'] },
  { term: '做生意', alternatives: ['营商环境', '个体工商户'] },
  { term: '房子', alternatives: ['住房', '房屋'] },
  { term: '租房', alternatives: ['公租房', '租赁补贴'] },
  { term: '装电梯', alternatives: ['加装电梯'] },
  { term: '旧小区', alternatives: ['老旧小区'] },
  { term: '吃饭', alternatives: ['助餐', '老年食堂'] },
  { term: '食堂', alternatives: ['助餐', '老年食堂'] },
  { term: '体检', alternatives: ['健康体检'] },
  { term: '坐车', alternatives: ['公交', '公交线路'] },
  { term: '停车', alternatives: ['停车位', '泊位'] },
  { term: '投诉', alternatives: ['好差评', '12345'] },
  { term: '热线', alternatives: ['12345'] },
  { term: '开放日', alternatives: ['政府开放日', '开放月'] },
  { term: '信息公开', alternatives: ['政务公开'] },
  { term: '看不懂', alternatives: ['解读', '咨询'] },
  { term: '钱', alternatives: ['资金', '补贴', '元'] },
  { term: '补', alternatives: ['补助', '补贴'] },
  { term: '交', alternatives: ['缴费', '缴纳'] },
  { term: '交钱', alternatives: ['缴费'] },
  { term: '一年', alternatives: ['每年', '年度'] },
  { term: '一个月', alternatives: ['每月'] },
  { term: '补助', alternatives: ['补贴', '津贴'] },
  { term: '大字版', alternatives: ['适老化', '长辈版'] },
];
