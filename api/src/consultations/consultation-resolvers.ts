import * as z from 'zod';
import { MAINLAND_MOBILE, maskMobile, maskSensitiveData, mobileDigits } from '@govopen/shared';
import type { RequestContext } from '../app';
import { privateTextFor } from '../core/private-text';
import { authorize, departmentViewed, residentIdOf, residentRecord, staffActing, staffResource, type Permission } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { caseIdFor, isCaseId } from '../core/case-history';
import { clockIsOverdue, readClock } from '../core/case-clock';
import { governmentDate } from '../core/clock';
import { badInput, conflict, UserFacingError } from '../core/errors';
import { newPhotoKey, ownerOfPhotoKey, photoRequestSchema, photosOf, photoUploadOf } from '../core/photo-storage';
import { connectionOf } from '../core/items';
import { knownDepartmentNamed } from '../identity/known-departments';
import { keyName, optionalText, pageArgs, parseInput, refuseUnmaskedData, requiredText } from '../core/validation';
import { PROVISIONAL_DEADLINE_NOTE } from '../core/working-days';
import type { Resolvers } from '../generated/resolvers';
import * as flow from './consultation-flow';
import type { ConsultationParent, StoredConsultation } from './consultation-model';
import { notifyAnswer } from './consultation-notifications';

// 咨询留言 through the API: residents ask, read their own and rate; staff of the handling department
// queue, transfer, mark complex, answer and publish; anyone reads the 高频问答.

/** Photos a question may carry, and question-photo uploads a resident may ask for in a Beijing day (enough to retry, too few to fill the storage). */
const QUESTION_PHOTOS = 3;
const PHOTO_UPLOADS_A_DAY = 20;

const department = keyName('部门名称', 60);
const UNKNOWN_TO_ASK = (written: string) => `没有找到“${written}”这个部门。请写部门全称，如：区民政局；不知道找谁就空着，区政府办公室会转给负责的部门。`;
const UNKNOWN_TO_TRANSFER = (written: string) => `没有找到“${written}”这个部门。请写部门全称，如：区住房和城乡建设局。`;
const askSchema = z.object({
  department: department.nullish().transform((value) => value ?? null),
  topic: optionalText('主题', 30),
  question: requiredText('问题', 1000),
  public: z.boolean({ message: '请选择是否同意公开。' }),
  contactMobile: optionalText('联系电话', 20)
    .transform((value) => (value === null ? null : mobileDigits(value)))
    .refine((value) => value === null || MAINLAND_MOBILE.test(value), '联系电话请填写 11 位手机号码。'),
  photos: z
    .array(z.string().max(200, '照片编号不正确。'))
    .max(QUESTION_PHOTOS, `一条留言最多 ${QUESTION_PHOTOS} 张照片。`)
    .nullish()
    .transform((value) => [...new Set(value ?? [])]),
});
const queueSchema = z.object({
  filter: z.object({ department: department.nullish(), stage: z.enum(['OPEN', 'DONE']).nullish(), overdue: z.boolean().nullish() }).nullish(),
  ...pageArgs,
});
const faqListSchema = z.object({ department: department.nullish(), topic: optionalText('主题', 30), ...pageArgs });
const residentPage = z.object(pageArgs);

const MISSING = '没有找到这条留言。';
const load = (context: RequestContext, id: string) => (isCaseId(id) ? context.loaders.consultation.load(id) : Promise.resolve(null));

const readable = (context: RequestContext, id: string) => residentRecord(context.actor, () => load(context, id), MISSING);

/** A staff step: the rule table first, then the step on the question as read, written only if nobody changed it meanwhile. */
async function staffStep(
  context: RequestContext,
  id: string,
  action: `consultation.${string}`,
  step: (before: StoredConsultation, by: string, now: Date) => flow.ConsultationChange,
  permission: Permission = 'department.work',
): Promise<ConsultationParent> {
  const before = await staffResource(context.actor, permission, () => load(context, id), MISSING, (found) => ({ department: found.department }));
  const by = staffActing(context.actor, permission).staffId;
  const change = step(before, by, context.now());
  if (!(await context.stores.consultations.change(change, auditEntry(context.actor, action, id, { status: change.after.status })))) throw changedMeanwhile();
  return change.after;
}

/** The photos named with a question: each uploaded, under this resident's own folder (nobody can attach another's photo); then attached, so the cleanup keeps them. */
async function attachQuestionPhotos(context: RequestContext, residentId: string, keys: string[]): Promise<void> {
  for (const key of keys) {
    if (ownerOfPhotoKey(key, 'consultations') !== residentId) throw badInput('有一张照片不是您上传的，请重新选择照片。', { field: 'photos' });
    if (!(await context.photos.exists(key))) throw badInput('有一张照片还没有上传完成，请重新选择照片。', { field: 'photos' });
  }
  await context.photos.attach(keys);
}

const changedMeanwhile = () => conflict('这条留言刚有别人处理过，请刷新后再看。');

export const consultationResolvers: Resolvers = {
  Query: {
    async myConsultations(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const { first, after } = parseInput(residentPage, args);
      return connectionOf(await context.stores.consultations.listOf(residentId, { first, after: after ?? undefined }));
    },
    consultation: (_root, { id }, context) => readable(context, id),
    async consultationQueue(_root, args, context) {
      staffActing(context.actor, 'department.work');
      const { filter, first, after } = parseInput(queueSchema, args);
      const asked = departmentViewed(context.actor, filter?.department);
      const stage = filter?.stage ?? 'OPEN';
      const query = { department: asked, stage, overdue: stage === 'OPEN' ? (filter?.overdue ?? undefined) : undefined, today: governmentDate(context.now()) };
      return connectionOf(await context.stores.consultations.listQueue(query, { first, after: after ?? undefined }));
    },
    async consultationContact(_root, { id }, context) {
      const found = await staffResource(context.actor, 'personal.readFull', () => load(context, id), MISSING, (c) => ({ department: c.department }));
      await context.audit.record(auditEntry(context.actor, 'consultation.readContact', id));
      return found.contactMobile;
    },
    async frequentQuestions(_root, args, context) {
      const { department, topic, first, after } = parseInput(faqListSchema, args);
      return connectionOf(await context.stores.consultations.listFrequentQuestions({ department: department ?? undefined, topic: topic ?? undefined }, { first, after: after ?? undefined }));
    },
  },
  Mutation: {
    async askQuestion(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const parsed = parseInput(askSchema, args.input);
      const department = parsed.department && (await knownDepartmentNamed(context, parsed.department, UNKNOWN_TO_ASK));
      const input = { ...parsed, department };
      const now = context.now();
      await attachQuestionPhotos(context, residentId, input.photos);
      const contactMobile = input.contactMobile ?? (await context.stores.identity.getResident(residentId))?.phone ?? null;
      const asked = flow.ask(
        { ...input, id: caseIdFor([residentId, governmentDate(now), input.department, input.question]), residentId, photoKeys: input.photos, contactMobile, now, demo: false },
        context.config.districtOffice,
        context.config.consultations,
      );
      const { created, consultation } = await context.stores.consultations.add(asked.consultation, asked.step);
      return created ? { ...consultation, steps: [asked.step] } : consultation;
    },
    async requestQuestionPhotoUpload(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const { contentType, bytes } = parseInput(photoRequestSchema, args);
      const now = context.now();
      const expiresAt = Math.floor(now.getTime() / 1000) + 2 * 24 * 60 * 60;
      if (!(await context.stores.consultations.countPhotoUpload(residentId, governmentDate(now), PHOTO_UPLOADS_A_DAY, expiresAt))) {
        throw new UserFacingError('TOO_MANY_REQUESTS', '今天上传的照片太多了，请明天再试。');
      }
      return photoUploadOf(await context.photos.prepareUpload(newPhotoKey('consultations', residentId, contentType), contentType, bytes));
    },
    transferConsultation: async (_root, args, context) => {
      // Staff first: whoever else asks learns nothing of the departments.
      staffActing(context.actor, 'department.work');
      const to = await knownDepartmentNamed(context, parseInput(department, args.toDepartment), UNKNOWN_TO_TRANSFER);
      return staffStep(context, args.id, 'consultation.transfer', (before, by, now) =>
        flow.transfer(before, to, parseInput(requiredText('转办说明', 500), args.note), by, now),
      );
    },
    markConsultationComplex: (_root, args, context) =>
      staffStep(context, args.id, 'consultation.markComplex', (before, by, now) =>
        flow.markComplex(before, parseInput(requiredText('复杂咨询的理由', 500), args.reason), by, now, context.config.consultations),
      ),
    async answerConsultation(_root, args, context) {
      const text = parseInput(requiredText('答复内容', 2000), args.answer);
      const after = await staffStep(context, args.id, 'consultation.answer', (before, by, now) => flow.answer(before, text, by, now));
      await notifyAnswer(context, after);
      return after;
    },
    handConsultationToHotline: (_root, args, context) =>
      staffStep(context, args.id, 'consultation.handToHotline', (before, by, now) =>
        flow.handToHotline(before, parseInput(requiredText('12345工单号', 40), args.workOrder), by, now),
      ),
    async rateConsultationAnswer(_root, args, context) {
      authorize(context.actor, 'resident.act');
      const reason = parseInput(optionalText('不满意的原因', 500), args.reason);
      const before = await readable(context, args.id);
      const change = flow.rate(before, args.satisfied, reason, context.now());
      if (!(await context.stores.consultations.change(change))) throw changedMeanwhile();
      return change.after;
    },
    async publishFrequentQuestion(_root, args, context) {
      const before = await staffResource(context.actor, 'department.work', () => load(context, args.id), MISSING, (c) => ({ department: c.department }));
      const by = staffActing(context.actor, 'department.work').staffId;
      const change = flow.publishAsFaq(before, by, context.now());
      // The copy the public reads: no asker, and the numbers a resident may have typed masked.
      const faq = {
        id: before.id,
        topic: before.topic,
        department: before.department,
        question: maskSensitiveData(before.question),
        answer: maskSensitiveData(before.answer?.text ?? ''),
        publishedAt: change.after.updatedAt,
        publishedBy: by,
      };
      if (!(await context.stores.consultations.publish(change, faq, auditEntry(context.actor, 'consultation.publish', before.id)))) throw changedMeanwhile();
      return faq;
    },
    async addConsultationToInterpretation(_root, args, context) {
      const consultation = await staffResource(context.actor, 'department.work', () => load(context, args.id), MISSING, (c) => ({ department: c.department }));
      flow.refuseUnpublishable(consultation);
      const policy = await staffResource(
        context.actor,
        'policy.manage',
        async () => (/^[0-9a-f]{16}$/.test(args.policyId) ? context.loaders.policy.load(args.policyId) : null),
        '找不到这份政策文件。',
        (found) => found,
      );
      const qa = { question: parseInput(requiredText('问题', 500), args.question), answer: parseInput(requiredText('回答', 5000), args.answer) };
      refuseUnmaskedData(qa);
      return context.stores.policies.addQuestion(
        policy.id,
        args.interpretationId,
        qa,
        auditEntry(context.actor, 'consultation.addToInterpretation', consultation.id, { policy: policy.id, interpretation: args.interpretationId }),
      );
    },
  },
  Consultation: {
    answerDeadline(c) {
      if (c.status !== 'OPEN') return null;
      const reading = readClock(c.clock);
      return reading.due === null ? null : { date: reading.due, provisional: reading.provisional, note: reading.provisional ? PROVISIONAL_DEADLINE_NOTE : null };
    },
    isOverdue: (c, _args, context) => c.status === 'OPEN' && clockIsOverdue(readClock(c.clock), context.now()),
    // Only its asker and staff of the handling department read a question; staff reading a private number typed in it is audited.
    question: (c, _args, context) => privateTextFor(context, c.question, true, { action: 'consultation.readQuestion', targetId: c.id, field: 'question' }),
    contactMobile: (c) => (c.contactMobile ? maskMobile(c.contactMobile) : null),
    photos: (c, _args, context) => photosOf(context.photos, c.photoKeys),
    steps: (c, _args, context) => c.steps ?? context.loaders.consultationSteps.load(c.id),
  },
};

