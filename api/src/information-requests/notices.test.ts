import { DEFAULT_CONFIG } from '../core/config';
import { noticesOf, noticeText } from './notices';
import { perItemFee } from './processing-fee';
import * as flow from './request-flow';
import type { StoredInformationRequest } from './request-model';
import { beijing, filed } from './request-test-support';

const settings = { ...DEFAULT_CONFIG.informationRequests, reviewBody: '婺城区人民政府' };
const application = filed(beijing('2026-09-30'));

/** Applies the steps in order, each to the request as the last left it. */
const after = (request: StoredInformationRequest, ...steps: Array<(r: StoredInformationRequest) => flow.RequestChange>) => steps.reduce((r, step) => step(r).after, request);

describe('the notices of an application', () => {
  const handled = after(
    application,
    (r) => flow.requestCorrection(r, '请写明补贴的年份和街道。', 'clerk', beijing('2026-10-09'), settings),
    (r) => flow.correct(r, '2025年城西街道的养老服务补贴发放名单', beijing('2026-10-12')),
    (r) => flow.extend(r, { workingDays: 10, reason: '需要调取多个街道的档案', approvedBy: '张主任' }, 'clerk', beijing('2026-11-02')),
    (r) => flow.notifyFee(r, perItemFee(2, 10), 'clerk', beijing('2026-11-03'), settings),
    (r) => flow.settleFee(r, 'PAID', null, 'clerk', beijing('2026-11-05')),
    (r) => flow.reply(r, { kind: 'PARTLY_DISCLOSED', grounds: ['THIRD_PARTY_RIGHTS'], reasons: '名单中的身份证号码和住址属于个人隐私，已作遮盖处理。', otherAgency: null }, 'clerk', beijing('2026-11-20')),
  );
  const notices = noticesOf(handled, settings);

  it('come in the order they were issued, each dated and signed by the department', () => {
    expect(notices.map((n) => [n.kind, n.title, n.date, n.issuer])).toEqual([
      ['CORRECTION', '补正申请告知书', '2026年10月9日', '区民政局'],
      ['EXTENSION', '延期答复告知书', '2026年11月2日', '区民政局'],
      ['FEE', '信息处理费收费通知', '2026年11月3日', '区民政局'],
      ['REPLY', '政府信息部分公开告知书', '2026年11月20日', '区民政局'],
    ]);
  });

  it('a correction notice says what to correct, by when, and what happens otherwise', () => {
    const text = noticeText(notices[0]!);
    expect(text).toContain('请您补正以下内容：请写明补贴的年份和街道。');
    expect(text).toContain('请于2026年10月29日前（含当日）提交补正后的申请');
    expect(text).toContain('视为放弃申请');
    expect(text).toContain('第三十条');
  });

  it('an extension notice gives the reason, the days and the new last day', () => {
    // 20 working days from the corrected application (10-12) end on 11-09; ten more end on 11-23.
    expect(notices[1]!.paragraphs.at(-1)).toBe('因需要调取多个街道的档案，本机关不能在法定期限内作出答复。经本机关政府信息公开工作机构负责人同意，答复期限延长10个工作日，至2026年11月23日。');
  });

  it('a fee notice shows its calculation', () => {
    expect(notices[2]!.paragraphs).toEqual(expect.arrayContaining(['本月第11–12件：2件 × 100元 = 200元', '合计：200元']));
  });

  it('a reply states what was asked, the decision, its grounds and reasons, the articles and the rights', () => {
    const text = noticeText(notices[3]!);
    expect(text.split('\n').slice(0, 4)).toEqual(['政府信息部分公开告知书', '申请编号：YSQ-20260930-0001', '', '王小华：']);
    expect(text).toContain('您申请获取：“养老服务补贴的发放名单”');
    expect(text).toContain('您于2026年10月12日补正了申请：“2025年城西街道的养老服务补贴发放名单”');
    expect(text).toContain('作区分处理后，公开其余部分');
    expect(text).toContain('理由：涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。');
    expect(text).toContain('具体说明：名单中的身份证号码和住址属于个人隐私');
    expect(text).toContain('信息处理费为200元，已缴纳');
    expect(text).toContain('依据《中华人民共和国政府信息公开条例》第十五条、第三十七条的规定');
    expect(text).toContain('应当自收到本告知书之日起60日内向婺城区人民政府申请行政复议');
    expect(text.trimEnd().split('\n').slice(-2)).toEqual(['区民政局', '2026年11月20日']);
  });
});

describe('the rights a reply states', () => {
  const replied = (kind: 'DISCLOSED' | 'WITHHELD' | 'NOT_EXIST', grounds: Array<'STATE_SECRET'> = []) =>
    noticesOf(flow.reply(application, { kind, grounds, reasons: '经查。', otherAgency: null }, 'clerk', beijing('2026-10-12')).after, settings).at(-1)!;

  it('every reply: 行政复议 within 60 days or 行政诉讼 within 6 months', () => {
    for (const notice of [replied('DISCLOSED'), replied('NOT_EXIST')]) {
      expect(notice.rights).toBe('如对本答复不服，可以自收到本告知书之日起60日内向婺城区人民政府申请行政复议，也可以自收到本告知书之日起6个月内依法向人民法院提起行政诉讼。');
    }
  });

  it('不予公开: 行政复议 first (行政复议法 第二十三条), with its legal basis', () => {
    const notice = replied('WITHHELD', ['STATE_SECRET']);
    expect(notice.title).toBe('政府信息不予公开告知书');
    expect(notice.basis).toBe('依据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，特此告知。');
    expect(notice.rights).toContain('应当自收到本告知书之日起60日内向婺城区人民政府申请行政复议');
    expect(notice.rights).toContain('6个月内');
    expect(notice.paragraphs).toContain('理由：属于国家秘密。');
  });

  it('a reply sending the applicant elsewhere names the agency', () => {
    const notice = noticesOf(
      flow.reply(application, { kind: 'OTHER_AGENCY', grounds: [], reasons: '该信息由区人社局制作。', otherAgency: { name: '区人力资源和社会保障局', contact: '0579-82000000' } }, 'clerk', beijing('2026-10-12')).after,
      settings,
    )[0]!;
    expect(notice.title).toBe('非本机关政府信息告知书');
    expect(notice.paragraphs).toContain('负责公开该信息的机关：区人力资源和社会保障局，联系方式：0579-82000000。');
  });

  it('none before anything was issued', () => {
    expect(noticesOf(application, settings)).toEqual([]);
  });
});
