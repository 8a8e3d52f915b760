import * as z from 'zod';
import { findSensitiveData, MAINLAND_MOBILE, maskIdNumber, maskMobile, maskName, mobileDigits } from '@govopen/shared';
import type { RequestContext } from '../app';
import { authorize, departmentViewed, residentIdOf, residentRecord, staffActing, staffResource, type Permission } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { caseIdFor, isCaseId } from '../core/case-history';
import { clockIsOverdue } from '../core/case-clock';
import { governmentDate } from '../core/clock';
import { badInput, conflict, notFound } from '../core/errors';
import { connectionOf } from '../core/items';
import { privateTextFor } from '../core/private-text';
import { knownDepartmentNamed } from '../identity/known-departments';
import { keyName, optionalText, pageArgs, parseInput, requiredText } from '../core/validation';
import { PROVISIONAL_DEADLINE_NOTE } from '../core/working-days';
import type { Resolvers } from '../generated/resolvers';
import { REPLY_GROUNDS, REPLY_KINDS } from './reply-kinds';
import * as flow from './request-flow';
import { hasApplications, lastFinishedYear, yearFigures } from './published-report';
import { notifyReply } from './request-notifications';
import { APPLICANT_KINDS, DELIVERY_METHODS, INFORMATION_FORMS, ORGANISATION_KINDS, type InformationRequestParent, type StoredInformationRequest } from './request-model';

// 依申请公开 through the API: a resident applies, follows their application and corrects it when asked;
// staff of the handling department see their queue, ask for 补正 and reply, and read a citizen's whole
// ID number only on purpose (audited).

/** 申请编号: YSQ, the day of receipt and the id's start, e.g. YSQ-20260930-3F2A9C. */
const referenceFor = (id: string, receivedOn: string) => `YSQ-${receivedOn.replaceAll('-', '')}-${id.slice(0, 6).toUpperCase()}`;

const isWholeIdNumber = (value: string) => findSensitiveData(value).some((finding) => finding.kind === 'ID_NUMBER' && finding.start === 0 && finding.end === value.length);

const department = keyName('部门名称', 60);
const UNKNOWN_AUTHORITY = (written: string) => `没有找到“${written}”这个机关。请写全称，如：区民政局；不知道向哪个机关申请，可以写区政府办公室。`;
const applicationSchema = z
  .object({
    department,
    applicantKind: z.enum(APPLICANT_KINDS),
    organisationKind: z.enum(ORGANISATION_KINDS).nullish().transform((value) => value ?? null),
    name: requiredText('姓名或名称', 100),
    idNumber: optionalText('身份证号码', 18).transform((value) => value?.toUpperCase() ?? null),
    organisationCode: optionalText('统一社会信用代码', 18),
    contactPerson: optionalText('联系人', 50),
    mobile: requiredText('联系电话', 20)
      .transform(mobileDigits)
      .refine((value) => MAINLAND_MOBILE.test(value), '联系电话请填写 11 位手机号码。'),
    email: optionalText('电子邮箱', 100),
    address: optionalText('通信地址', 200),
    description: requiredText('所需信息的名称或描述', 2000),
    form: z.enum(INFORMATION_FORMS),
    delivery: z.enum(DELIVERY_METHODS),
  })
  .superRefine((input, ctx) => {
    if (input.applicantKind === 'CITIZEN') {
      if (!input.idNumber || !isWholeIdNumber(input.idNumber)) ctx.addIssue({ code: 'custom', message: '请填写正确的 18 位身份证号码。', path: ['idNumber'] });
    } else {
      if (!input.organisationKind) ctx.addIssue({ code: 'custom', message: '请选择组织类型。', path: ['organisationKind'] });
      if (!input.organisationCode) ctx.addIssue({ code: 'custom', message: '请填写统一社会信用代码。', path: ['organisationCode'] });
    }
    if (input.delivery === 'POST' && !input.address) ctx.addIssue({ code: 'custom', message: '邮寄需要填写通信地址。', path: ['address'] });
    if (input.delivery === 'EMAIL' && !input.email) ctx.addIssue({ code: 'custom', message: '请填写接收信息的电子邮箱。', path: ['email'] });
  });

const replySchema = z.object({
  kind: z.enum(REPLY_KINDS),
  grounds: z.array(z.enum(REPLY_GROUNDS, { message: '答复依据不正确。' })).max(REPLY_GROUNDS.length).nullish().transform((grounds) => [...new Set(grounds ?? [])]),
  reasons: requiredText('答复理由', 2000),
  otherAgencyName: optionalText('负责公开的机关', 100),
  otherAgencyContact: optionalText('联系方式', 100),
});
const queueSchema = z.object({ department: department.nullish(), stage: z.enum(['OPEN', 'WAITING', 'DONE']).nullish(), overdue: z.boolean().nullish(), ...pageArgs });
const residentPage = z.object(pageArgs);

const MISSING = '没有找到这份申请。';
const load = async (context: RequestContext, id: string) => (isCaseId(id) ? ((await context.stores.informationRequests.getMany([id])).get(id) ?? null) : null);
const ofDepartment = (request: StoredInformationRequest) => ({ department: request.department });
const changedMeanwhile = () => conflict('这份申请刚有别人处理过，请刷新后再看。');

const readable = (context: RequestContext, id: string) => residentRecord(context.actor, () => load(context, id), MISSING);

async function apply(context: RequestContext, change: flow.RequestChange, audit?: ReturnType<typeof auditEntry>): Promise<InformationRequestParent> {
  if (!(await context.stores.informationRequests.change(change, audit))) throw changedMeanwhile();
  return change.after;
}

/** A staff step: the rule table first, then the step on the application as read, audited. */
async function staffStep(context: RequestContext, id: string, action: `informationRequest.${string}`, step: (before: StoredInformationRequest, by: string, now: Date) => flow.RequestChange | Promise<flow.RequestChange>) {
  const permission: Permission = 'department.work';
  const before = await staffResource(context.actor, permission, () => load(context, id), MISSING, ofDepartment);
  const by = staffActing(context.actor, permission).staffId;
  return apply(context, await step(before, by, context.now()), auditEntry(context.actor, action, id));
}

/** The start of the applicant's calendar month (Beijing), as the instants in their list sort. */
const monthStartOf = (receivedOn: string) => new Date(`${receivedOn.slice(0, 7)}-01T00:00:00+08:00`).toISOString();

const reportSchema = z.object({ year: z.number().int().min(2008, '年份不正确。').max(2100, '年份不正确。'), department: department.nullish() });

export const requestResolvers: Resolvers = {
  Query: {
    async myInformationRequests(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const { first, after } = parseInput(residentPage, args);
      return connectionOf(await context.stores.informationRequests.listOf(residentId, { first, after: after ?? undefined }));
    },
    informationRequest: (_root, { id }, context) => readable(context, id),
    async informationRequestQueue(_root, args, context) {
      staffActing(context.actor, 'department.work');
      const { department: asked, stage, overdue, first, after } = parseInput(queueSchema, args);
      const chosen = departmentViewed(context.actor, asked);
      const query = { department: chosen, stage: stage ?? 'OPEN', overdue: (stage ?? 'OPEN') === 'OPEN' ? (overdue ?? undefined) : undefined, today: governmentDate(context.now()) };
      return connectionOf(await context.stores.informationRequests.listQueue(query, { first, after: after ?? undefined }));
    },
    async applicantIdNumber(_root, { id }, context) {
      await staffResource(context.actor, 'personal.readFull', () => load(context, id), MISSING, ofDepartment);
      return context.stores.informationRequests.readIdNumber(id, auditEntry(context.actor, 'informationRequest.readIdNumber', id));
    },
    async informationRequestReport(_root, args, context) {
      staffActing(context.actor, 'department.work');
      const { year, department: asked } = parseInput(reportSchema, args);
      const chosen = departmentViewed(context.actor, asked);
      // The report and the 告知书 texts are read a few times a year per request: loaded when asked for, not at a cold start (issue 17).
      const { figuresOf, reportAnswer } = await import('./annual-report');
      return reportAnswer(await figuresOf(context.stores.informationRequests, year, chosen));
    },
    async informationReportYears(_root, _args, context) {
      return (await context.stores.informationRequests.publishedReports())
        .filter(hasApplications)
        .map((report) => report.year)
        .sort((a, b) => b - a);
    },
    async publishedInformationReport(_root, args, context) {
      const { year } = parseInput(reportSchema.pick({ year: true }), args);
      const now = context.now();
      if (year > lastFinishedYear(now)) throw badInput(`${year}年的全年数字要到${year + 1}年1月1日以后才公布。`, { field: 'year' });
      const { report } = await yearFigures(context.stores.informationRequests, year, now);
      if (!hasApplications(report)) throw notFound(`${year}年本平台没有收到政府信息公开申请，没有可以公布的数字。`);
      const { reportAnswer } = await import('./annual-report');
      return reportAnswer(report);
    },
  },
  Mutation: {
    async applyForInformation(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const parsed = parseInput(applicationSchema, args.input);
      const input = { ...parsed, department: await knownDepartmentNamed(context, parsed.department, UNKNOWN_AUTHORITY) };
      const now = context.now();
      const id = caseIdFor([residentId, governmentDate(now), input]);
      const citizen = input.applicantKind === 'CITIZEN';
      const { request, step } = flow.receive({
        id,
        reference: referenceFor(id, governmentDate(now)),
        residentId,
        department: input.department,
        applicant: {
          kind: input.applicantKind,
          organisationKind: citizen ? null : input.organisationKind,
          name: input.name,
          organisationCode: citizen ? null : input.organisationCode,
          contactPerson: citizen ? null : input.contactPerson,
          mobile: input.mobile,
          email: input.email,
          address: input.address,
        },
        idNumberMasked: citizen ? maskIdNumber(input.idNumber) : null,
        description: input.description,
        form: input.form,
        delivery: input.delivery,
        now,
        demo: false,
      });
      const { created, request: stored } = await context.stores.informationRequests.add(request, step, citizen ? input.idNumber : null);
      return created ? { ...stored, steps: [step] } : stored;
    },
    requestInformationCorrection: (_root, args, context) =>
      staffStep(context, args.id, 'informationRequest.requestCorrection', (before, by, now) =>
        flow.requestCorrection(before, parseInput(requiredText('需要补正的内容', 1000), args.items), by, now, context.config.informationRequests),
      ),
    async correctInformationRequest(_root, args, context) {
      authorize(context.actor, 'resident.act');
      const text = parseInput(requiredText('补正的内容', 2000), args.text);
      const before = await readable(context, args.id);
      return apply(context, flow.correct(before, text, context.now()));
    },
    async replyToInformationRequest(_root, args, context) {
      const input = parseInput(replySchema, args.reply);
      const otherAgency = input.otherAgencyName ? { name: input.otherAgencyName, contact: input.otherAgencyContact } : null;
      const replied = await staffStep(context, args.id, 'informationRequest.reply', (before, by, now) =>
        flow.reply(before, { kind: input.kind, grounds: input.grounds, reasons: input.reasons, otherAgency }, by, now),
      );
      await notifyReply(context, replied);
      return replied;
    },
    extendInformationRequest: (_root, args, context) =>
      staffStep(context, args.id, 'informationRequest.extend', (before, by, now) =>
        flow.extend(before, { workingDays: args.workingDays, reason: parseInput(requiredText('延长的理由', 500), args.reason), approvedBy: parseInput(requiredText('批准人', 50), args.approvedBy) }, by, now),
      ),
    askThirdPartyOpinion: (_root, args, context) =>
      staffStep(context, args.id, 'informationRequest.askThirdParty', (before, by, now) => flow.askThirdParty(before, parseInput(requiredText('第三方', 100), args.whom), by, now)),
    recordThirdPartyOpinion: (_root, args, context) =>
      staffStep(context, args.id, 'informationRequest.recordThirdParty', (before, by, now) =>
        flow.recordThirdPartyOpinion(before, parseInput(requiredText('第三方意见', 1000), args.opinion), by, now),
      ),
    noticeInformationFee(_root, args, context) {
      const quantity = parseInput(z.number().int('数量要是整数。').min(1, '数量至少是 1。').max(100000, '数量太大了。'), args.quantity);
      return staffStep(context, args.id, 'informationRequest.noticeFee', async (before, by, now) => {
        const earlier = args.method === 'PER_ITEM' ? await context.stores.informationRequests.countOfApplicantBetween(before.residentId, monthStartOf(before.receivedOn), before.receivedAt) : 0;
        const { perItemFee, perPageFee } = await import('./processing-fee');
        const calculation = args.method === 'PER_ITEM' ? perItemFee(quantity, earlier) : perPageFee(quantity);
        return flow.notifyFee(before, calculation, by, now, context.config.informationRequests);
      });
    },
    settleInformationFee: (_root, args, context) =>
      staffStep(context, args.id, 'informationRequest.settleFee', (before, by, now) => flow.settleFee(before, args.settlement, parseInput(optionalText('说明', 500), args.note), by, now)),
    async withdrawInformationRequest(_root, args, context) {
      authorize(context.actor, 'resident.act');
      return apply(context, flow.withdraw(await readable(context, args.id), context.now()));
    },
  },
  InformationRequest: {
    applicantKind: (r) => r.applicant.kind,
    applicantName: (r) => (r.applicant.kind === 'CITIZEN' ? maskName(r.applicant.name) : r.applicant.name),
    idNumber: (r) => r.idNumberMasked,
    mobile: (r) => maskMobile(r.applicant.mobile),
    // Only the applicant and staff of the handling department read it; staff reading a private number typed in it is audited.
    description: (r, _args, context) => privateTextFor(context, r.description, true, { action: 'informationRequest.readDescription', targetId: r.id, field: 'description' }),
    replyDeadline(r) {
      if (r.status !== 'PROCESSING') return null;
      const reading = flow.replyClock(r);
      return reading.due === null ? null : { date: reading.due, provisional: reading.provisional, note: reading.provisional ? PROVISIONAL_DEADLINE_NOTE : null };
    },
    isOverdue: (r, _args, context) => r.status === 'PROCESSING' && clockIsOverdue(flow.replyClock(r), context.now()),
    correctionItems: (r) => r.correction?.items ?? null,
    correctionDueBy: (r) => r.correction?.dueBy ?? null,
    correctionRequestBy(r, _args, context) {
      if (r.status !== 'PROCESSING' || r.correction) return null;
      const lastDay = flow.correctionWindowEnds(r);
      return governmentDate(context.now()) > lastDay ? null : lastDay;
    },
    replyKind: (r) => r.reply?.kind ?? null,
    async fee(r) {
      if (!r.fee) return null;
      const { feeLines } = await import('./processing-fee');
      return { method: r.fee.method, totalYuan: r.fee.totalYuan, lines: feeLines(r.fee), payBy: r.fee.payBy, settlement: r.fee.settlement };
    },
    repliedOnTime: (r) => r.reply?.onTime ?? null,
    async notices(r, _args, context) {
      const { noticesOf, noticeText } = await import('./notices');
      return noticesOf(r, context.config.informationRequests).map((notice) => ({ ...notice, text: noticeText(notice) }));
    },
    steps: async (r, _args, context) => r.steps ?? (await context.stores.informationRequests.getSteps(r.id)),
  },
};
