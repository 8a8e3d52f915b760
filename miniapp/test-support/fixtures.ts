// Test data taken from the 2022 婺城区 open-government plan (shared/seeds/wucheng-2022.txt);
// official documents of state organs are free to use.
import type { PolicyDetail } from '../src/features/policy/format';

export const WUCHENG: PolicyDetail = {
  id: 'wucheng-2022',
  title: '关于印发2022年婺城区政务公开工作要点的通知',
  documentNumber: '婺政办发〔2022〕21号',
  indexNumber: '002669640/2022-00021',
  issuer: '金华市婺城区人民政府办公室',
  writtenDate: '2022-06-28',
  publishedDate: '2022-06-28',
  validity: 'VALID',
  repealedDate: null,
  topics: ['政务公开'],
  targetGroups: ['居民', '企业'],
  body: '《2022年婺城区政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻执行。',
  sections: [
    {
      level: 1,
      heading: '一、聚焦中心工作、重大事项，持续深化主动公开',
      text: '',
    },
    {
      level: 2,
      heading: '（一）加强高能级现代化都市核心区建设公开力度。',
      text: '做好高能级现代化都市核心区建设实施方案执行情况信息公开，集中展示建设成果。\n加强稳进提质系列政策的集成发布、权威解读。',
    },
    {
      level: 1,
      heading: '二、聚焦政策发布、解读、回应，持续提升公开质量',
      text: '政策文件与解读材料同步起草、同步审签、同步发布。',
    },
  ],
  tables: [
    {
      title: '2022年婺城区政务公开重点任务分解表',
      columns: ['序号', '任务', '牵头单位', '完成时限'],
      rows: [
        ['1', '加强高能级现代化都市核心区建设公开力度', '区发改局', '2022年12月底'],
        ['2', '做好政策解读回应工作', '区府办', '持续推进'],
      ],
    },
  ],
  interpretations: [
    {
      id: 'wucheng-2022-qa',
      kind: 'QA',
      title: '一图读懂2022年婺城区政务公开工作要点',
      body: '',
      questions: [
        { question: '政策文件和解读什么时候发布？', answer: '解读材料与政策文件同步发布，最迟不超过3个工作日。' },
        { question: '在哪里可以看到？', answer: '在区政府门户网站和本小程序的“政策文件”里都可以看到。' },
      ],
      mediaUrl: null,
      publishedDate: '2022-06-30',
      consultationPhone: '0579-82469999',
      officeHours: '工作日 9:00-12:00，13:30-17:30',
    },
  ],
};

export const listPage = (ids: string[], hasNextPage: boolean) => ({
  policies: {
    edges: ids.map((id) => ({
      cursor: `c-${id}`,
      node: { ...WUCHENG, id, title: `测试文件 ${id}`, summary: '摘要' },
    })),
    pageInfo: { hasNextPage, endCursor: hasNextPage ? `c-${ids[ids.length - 1]}` : null },
  },
});
