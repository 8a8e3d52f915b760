import type { SearchKind } from '../search-model';

// Residents' own words, each with the result it should find first (or among the first few) in its
// kind and the passage shown under it: the search-quality test asserts them, and the benchmark
// times them over 10,000 policies.

export interface Expectation {
  query: string;
  kind: SearchKind;
  /** Part of the title of the result expected. */
  title: string;
  /** Part of the passage shown under it. */
  passage?: string;
  /** The result is among the first `rank` of its kind (default: first). */
  rank?: number;
  /** The query is shown as searched for this (pinyin read, slip corrected). */
  understoodAs?: string;
  /** The answer shown before the results holds this. */
  answer?: string;
}

export const EXPECTATIONS: readonly Expectation[] = [
  // Colloquial questions
  { query: '老人每月能领多少钱', kind: 'POLICY', title: '调整高龄津贴发放标准', passage: '每人每月200元', answer: '每人每月200元' },
  { query: '我妈今年85岁了，能领高龄津贴吗？', kind: 'POLICY', title: '调整高龄津贴发放标准', passage: '高龄津贴' },
  { query: '种地有补贴吗', kind: 'POLICY', title: '耕地地力保护补贴', passage: '补贴' },
  { query: '看病能报销多少', kind: 'POLICY', title: '城乡居民基本医疗保险', passage: '报销比例', answer: '报销85%' },
  { query: '低保一个月多少钱', kind: 'POLICY', title: '最低生活保障标准', passage: '每人每月1100元' },
  { query: '低保要准备什么材料', kind: 'POLICY', title: '最低生活保障标准', passage: '户口簿、身份证' },
  { query: '孩子上小学几月报名', kind: 'POLICY', title: '义务教育', passage: '小学' },
  { query: '孩子上学', kind: 'POLICY', title: '义务教育', passage: '招生' },
  { query: '小孩读书', kind: 'POLICY', title: '义务教育', passage: '招生' },
  { query: '义务教育几月报名', kind: 'POLICY', title: '义务教育', passage: '2024年7月1日至7月10日' },
  { query: '装电梯政府补多少钱', kind: 'POLICY', title: '加装电梯', passage: '20万元' },
  { query: '大学生找工作有什么补贴', kind: 'POLICY', title: '高校毕业生就业创业', passage: '求职创业补贴' },
  { query: '医保一年交多少钱', kind: 'POLICY', title: '城乡居民基本医疗保险', passage: '每人每年380元', answer: '每人每年380元' },
  { query: '高龄津贴什么时候发', kind: 'INTERPRETATION', title: '高龄津贴新标准', answer: '每月10日前' },
  { query: '高龄津贴在哪里申请', kind: 'INTERPRETATION', title: '高龄津贴新标准', answer: '社区居委会' },
  { query: '看不懂政策可以问谁', kind: 'INTERPRETATION', title: '灵武市2022年政务公开', answer: '咨询电话' },
  { query: '请问一下如何申请最低生活保障', kind: 'POLICY', title: '最低生活保障标准', passage: '申请' },
  { query: '城乡居民医保啥时候交', kind: 'POLICY', title: '城乡居民基本医疗保险', passage: '2023年9月1日至12月31日' },
  { query: '吃饭不方便的老人有没有食堂', kind: 'PROJECT', title: '老年食堂' },
  { query: '社保卡丢了怎么补', kind: 'SERVICE', title: '社会保障卡补换', passage: '挂失' },
  { query: '开店办营业执照', kind: 'SERVICE', title: '个体工商户设立登记' },
  { query: '想投诉打什么电话', kind: 'SERVICE', title: '12345' },
  { query: '政府开放日怎么报名', kind: 'EVENT', title: '开放日', rank: 3 },
  // Traditional and Simplified alike
  { query: '政務公開', kind: 'POLICY', title: '政务公开工作要点', passage: '政务公开', rank: 3 },
  { query: '營商環境', kind: 'POLICY', title: '政务公开工作要点', passage: '营商环境', rank: 3 },
  { query: '政府开放月报名', kind: 'POLICY', title: '政府開放月', passage: '報名' },
  { query: '醫療保險', kind: 'POLICY', title: '城乡居民基本医疗保险' },
  { query: '高齡津貼', kind: 'POLICY', title: '调整高龄津贴发放标准' },
  // Pinyin, full and initials
  { query: 'ylbt', kind: 'POLICY', title: '养老服务补贴', understoodAs: '养老补贴', rank: 2 },
  { query: 'gljt', kind: 'POLICY', title: '调整高龄津贴发放标准', understoodAs: '高龄津贴' },
  { query: 'dibao', kind: 'POLICY', title: '最低生活保障标准', understoodAs: '低保' },
  { query: 'yiliao baoxian', kind: 'POLICY', title: '城乡居民基本医疗保险', understoodAs: '医疗保险' },
  { query: 'jzdt', kind: 'POLICY', title: '加装电梯', understoodAs: '加装电梯' },
  { query: 'zdshbz', kind: 'POLICY', title: '最低生活保障标准', understoodAs: '最低生活保障' },
  // Residents' words for official terms
  { query: '种地补贴', kind: 'POLICY', title: '耕地地力保护补贴', passage: '耕地地力保护补贴' },
  { query: '养老补贴', kind: 'POLICY', title: '养老服务补贴', rank: 2 },
  { query: '看病', kind: 'POLICY', title: '城乡居民基本医疗保险', passage: '医疗' },
  { query: '低保', kind: 'POLICY', title: '最低生活保障标准', passage: '最低生活保障' },
  { query: '老人体检', kind: 'PROJECT', title: '体检' },
  { query: '上学', kind: 'POLICY', title: '义务教育', passage: '招生' },
  { query: '装电梯', kind: 'PROJECT', title: '电梯' },
  // One wrong character
  { query: '高龄津帖', kind: 'POLICY', title: '调整高龄津贴发放标准', understoodAs: '高龄津贴' },
  { query: '养老服务补帖', kind: 'POLICY', title: '居家养老服务补贴', understoodAs: '养老服务补贴' },
  { query: '最底生活保障', kind: 'POLICY', title: '最低生活保障标准', understoodAs: '最低生活保障' },
  { query: '加装电悌', kind: 'POLICY', title: '加装电梯', understoodAs: '加装电梯' },
  { query: '义务叫育', kind: 'POLICY', title: '义务教育', understoodAs: '义务教育' },
  { query: '耕地地力保户', kind: 'POLICY', title: '耕地地力保护补贴', understoodAs: '耕地地力保护' },
  // Words of the demo documents
  { query: '大字版', kind: 'POLICY', title: '婺城区政务公开工作要点', passage: '大字版' },
  { query: '适老化改造', kind: 'INTERPRETATION', title: '槐荫区', passage: '适老化' },
  { query: '12345热线', kind: 'SERVICE', title: '12345' },
  { query: '12345', kind: 'SERVICE', title: '12345' },
];
