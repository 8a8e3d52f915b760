import { writtenDate } from '@govopen/shared';
import type { MutationResolvers } from '../generated/resolvers';
import type { RequestContext } from '../app';
import { authorize, departmentFor, staffActing } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { governmentDate } from '../core/clock';
import { badInput, conflict, notFound, UserFacingError } from '../core/errors';
import { isoDateSchema, parseInput, refuseUnmaskedData } from '../core/validation';
import { deriveMilestone } from './project-derivation';
import { milestoneDoneText, type Milestone, type StoredProject, type StoredUpdate, type UpdateKind } from './project-model';
import { projectIdFor, updateIdFor } from './project-ids';
import { notifyFollowers } from './project-notifications';
import { projectResource, staffMilestone, staffProject } from './project-access';
import type { RecordRequest } from './project-store';
import { currentProject, rulesOf, viewOf } from './project-views';
import { newPhotoKey, ownerOfPhotoKey, photoRequestSchema, photoUploadOf } from '../core/photo-storage';
import {
  milestoneCorrectionSchema,
  noteSchema,
  projectChangesSchema,
  projectIdSchema,
  projectInputSchema,
  reasonSchema,
  updateInputSchema,
  versionSchema,
} from './project-validation';

// What staff do to projects. Who may: the lead department manages (creates, marks milestones done,
// explains delays, cancels); the lead and co-operating departments report (progress updates, photos);
// district admins do all of it. Every change is a timeline entry, written with its audit record.

/** A timeline entry by the staff member acting, today; the same entry sent twice gets the same id. */
function entry(context: RequestContext, project: StoredProject, fields: Pick<StoredUpdate, 'kind' | 'text'> & Partial<StoredUpdate>): StoredUpdate {
  const staff = staffActing(context.actor, 'project.report');
  const now = context.now();
  const content = {
    projectId: project.id,
    kind: fields.kind,
    date: governmentDate(now),
    department: staff.department,
    text: fields.text,
    figures: fields.figures ?? [],
    spending: fields.spending ?? null,
    photos: fields.photos ?? [],
    milestoneId: fields.milestoneId ?? null,
    corrects: fields.corrects ?? null,
  };
  return { id: updateIdFor(content), ...content, postedAt: now.toISOString(), postedBy: staff.staffId };
}

/** Records the entry and tells followers when it is new. */
async function record(context: RequestContext, project: StoredProject, request: RecordRequest): Promise<StoredUpdate> {
  const { update, created } = await context.stores.projects.record(request);
  if (created) await notifyFollowers(context, project, update);
  return update;
}

/**
 * Records a change to the project's milestones or cancellation with its timeline entry and returns
 * the project as it is now. A change that raced another one on the same project (CONFLICT) is fine
 * if what it wanted is there now (a double tap); otherwise the CONFLICT stands.
 */
async function change(context: RequestContext, project: StoredProject, request: RecordRequest, done: (project: StoredProject) => boolean) {
  try {
    await record(context, project, request);
  } catch (error) {
    if (!(error instanceof UserFacingError) || error.extensions.code !== 'CONFLICT') throw error;
    const now = await currentProject(context, project.id);
    if (!done(now)) throw error;
    return viewOf(context, now);
  }
  return viewOf(context, await currentProject(context, project.id));
}

const nextOrder = async (context: RequestContext, year: number, list: string) => {
  const page = await context.stores.projects.list({ year, list }, { first: 1000 }, async (projects) => projects);
  return page.items.reduce((last, { node }) => Math.max(last, node.order), 0) + 1;
};

/** Money as the timeline says it: 1200 万元 (8600 元 below 1 万). */
const moneyWords = (yuan: number) => (yuan >= 10_000 ? `${Math.round(yuan / 100) / 100} 万元` : `${yuan} 元`);
const targetWords = (target: StoredProject['target']) => `${target.quantity} ${target.unit}（${target.text}）`;

/** 计划调整 in words, from what to what; null when neither the target nor the budget changed. */
function planChange(before: StoredProject, after: StoredProject): string | null {
  const changes: string[] = [];
  if (targetWords(before.target) !== targetWords(after.target)) changes.push(`目标由 ${targetWords(before.target)} 调整为 ${targetWords(after.target)}`);
  if (before.budgetPlanned !== after.budgetPlanned) changes.push(`安排资金由 ${moneyWords(before.budgetPlanned)} 调整为 ${moneyWords(after.budgetPlanned)}`);
  return changes.length > 0 ? changes.join('；') : null;
}

/** Tries of an edit that met progress posted at the same moment (the version was still the one edited). */
const EDIT_ATTEMPTS = 3;

export const projectWriteResolvers: { Mutation: MutationResolvers<RequestContext> } = {
  Mutation: {
    async createProject(_root, args, context) {
      const staff = staffActing(context.actor, 'project.manage');
      const input = parseInput(projectInputSchema, args.input);
      refuseUnmaskedData({ title: input.title, summary: input.summary, target: input.target.text });
      let parent: StoredProject | null = null;
      if (input.parentId) {
        parent = projectIdSchema.safeParse(input.parentId).success ? await context.stores.projects.get(input.parentId) : null;
        if (!parent) throw notFound('找不到上级项目。');
        authorize(staff, 'project.manage', await projectResource(context, parent, 'project.manage'));
        if (parent.parentId) throw badInput('子项目下面不能再建子项目。', { field: 'parentId' });
        if (parent.milestones.length > 0) throw badInput('上级项目已经有节点了，它的进度按节点计算，不能再添加子项目。', { field: 'parentId' });
        if (parent.cancellation) throw badInput('上级项目已经取消了。', { field: 'parentId' });
        if (parent.year !== input.year || parent.list !== input.list) throw badInput('子项目的年度和清单要与上级项目相同。', { field: 'list' });
      }
      const lead = departmentFor(staff, input.leadDepartment, context.config.districtOffice);
      if (!parent) authorize(staff, 'project.manage', { department: lead });
      const id = projectIdFor(input.year, input.list, parent?.id ?? null, input.title);
      const milestones: Milestone[] = (input.milestones ?? []).map((m, i) => ({
        id: `${id}.${i + 1}`,
        title: m.title,
        plannedDate: m.plannedDate,
        weight: m.weight ?? 1,
        actualDate: null,
        delays: [],
      }));
      const project: StoredProject = {
        id,
        year: input.year,
        list: input.list,
        order: input.order ?? (parent ? parent.childIds.length + 1 : await nextOrder(context, input.year, input.list)),
        title: input.title,
        summary: input.summary,
        leadDepartment: lead,
        cooperatingDepartments: [...new Set(input.cooperatingDepartments ?? [])].filter((department) => department !== lead),
        target: input.target,
        budgetPlanned: input.budgetPlanned,
        spent: 0,
        updateCount: 0,
        milestones,
        parentId: parent?.id ?? null,
        childIds: [],
        cancellation: null,
        demo: false,
        createdAt: context.now().toISOString(),
        version: 1,
      };
      const { project: stored } = await context.stores.projects.create(project, auditEntry(context.actor, 'project.create', id, { title: project.title }));
      return viewOf(context, stored);
    },

    async updateProject(_root, args, context) {
      const input = parseInput(projectChangesSchema, args.input);
      const expectedVersion = parseInput(versionSchema, args.expectedVersion);
      refuseUnmaskedData({ title: input.title, summary: input.summary, target: input.target.text, reason: input.reason });
      const edited = (project: StoredProject): StoredProject => ({
        ...project,
        title: input.title,
        summary: input.summary,
        cooperatingDepartments: [...new Set(input.cooperatingDepartments ?? [])].filter((department) => department !== project.leadDepartment),
        order: input.order ?? project.order,
        target: input.target,
        budgetPlanned: input.budgetPlanned,
      });
      const same = (a: StoredProject, b: StoredProject) =>
        JSON.stringify([a.title, a.summary, a.cooperatingDepartments, a.order, a.target, a.budgetPlanned]) === JSON.stringify([b.title, b.summary, b.cooperatingDepartments, b.order, b.target, b.budgetPlanned]);
      for (let attempt = 1; ; attempt += 1) {
        const project = await staffProject(context, args.id, 'project.manage');
        const after = edited(project);
        // Already as asked (a double tap, or nothing changed): nothing to write.
        if (same(project, after)) return viewOf(context, project);
        if (project.version !== expectedVersion) throw conflict('这个项目在您打开以后被别人修改过了，请刷新页面，看一看现在的内容再改。');
        if (project.cancellation) throw conflict('项目已经取消了，不能再修改。');
        const plan = planChange(project, after);
        const view = await viewOf(context, project);
        if (plan && view.status === 'COMPLETED') throw conflict('项目已经完成，目标和安排资金不能再改；写错了的地方请发布一条更正说明。');
        if (plan && !input.reason) throw badInput('改了目标或安排资金，要写调整原因；原因会和调整一起公开给居民看。', { field: 'reason' });
        const update = plan ? entry(context, project, { kind: 'PLAN_CHANGED', text: `计划调整：${plan}。调整原因：${input.reason}` }) : null;
        const changed = [...(['title', 'summary', 'cooperatingDepartments', 'order', 'target', 'budgetPlanned'] as const)].filter((key) => JSON.stringify(project[key]) !== JSON.stringify(after[key]));
        const children = project.childIds.length > 0 ? [...(await context.stores.projects.getMany(project.childIds)).values()] : [];
        const saved = await context.stores.projects.edit({
          before: project,
          after: { ...after, version: project.version + 1 },
          children,
          update,
          audit: auditEntry(context.actor, 'project.edit', project.id, { changed, ...(update ? { update: update.id } : {}) }),
        });
        if (saved) {
          if (update) await notifyFollowers(context, project, update);
          return viewOf(context, await currentProject(context, project.id));
        }
        if (attempt === EDIT_ATTEMPTS) throw conflict('这个项目刚被别人修改过，请刷新后再试。');
      }
    },

    async postProjectUpdate(_root, args, context) {
      const project = await staffProject(context, args.projectId, 'project.report');
      const input = parseInput(updateInputSchema, args.input);
      refuseUnmaskedData({ text: input.text, figures: input.figures.map((figure) => figure.label).join('\n') });
      if (input.spending !== null && input.spending < 0 && !input.corrects) {
        throw badInput('使用资金只能是正数；要减少已报的金额，请发布一条更正。', { field: 'spending' });
      }
      if (project.cancellation && !input.corrects) throw badInput('项目已经取消了，只能发布更正。');
      // The page offers no 更正 for a 计划调整 (put right by changing the plan again, with its reason:
      // updateProject) nor for a 项目取消 (final; its reason is the one residents read with 已取消).
      const corrected = input.corrects ? (await context.stores.projects.update(project.id, input.corrects))?.kind : undefined;
      if (corrected === 'PLAN_CHANGED') throw badInput('计划调整不能更正：目标或安排资金有误，请在“修改项目”里再调整一次，写明原因。', { field: 'corrects' });
      if (corrected === 'CANCELLED') throw badInput('项目取消不能更正：项目撤销后不能恢复，取消原因也不能再改。', { field: 'corrects' });
      for (const key of input.photos) {
        if (ownerOfPhotoKey(key, 'projects') !== project.id) throw badInput('有一张照片不属于这个项目，请重新上传。', { field: 'photos' });
        if (!(await context.photos.exists(key))) throw badInput('有一张照片还没有上传完成，请重新上传。', { field: 'photos' });
      }
      await context.photos.attach(input.photos);
      const kind: UpdateKind = input.corrects ? 'CORRECTION' : 'PROGRESS';
      const update = entry(context, project, { kind, ...input });
      return record(context, project, { update, audit: auditEntry(context.actor, 'project.update', project.id, { update: update.id, kind }) });
    },

    async completeMilestone(_root, args, context) {
      const { project, index, milestone } = await staffMilestone(context, args.milestoneId);
      const actualDate = parseInput(isoDateSchema, args.actualDate);
      const note = parseInput(noteSchema, args.note);
      refuseUnmaskedData({ note });
      if (actualDate > governmentDate(context.now())) throw badInput('实际完成日期不能晚于今天。', { field: 'actualDate' });
      if (project.cancellation) throw badInput('项目已经取消了。');
      const isDone = (p: StoredProject) => p.milestones[index]?.actualDate === actualDate;
      if (milestone.actualDate !== null) {
        if (isDone(project)) return viewOf(context, project);
        throw conflict(`这个节点已经在 ${writtenDate(milestone.actualDate)} 标记完成了；如有错误，请发布一条更正说明。`);
      }
      const milestones = project.milestones.map((m, i) => (i === index ? { ...m, actualDate } : m));
      const text = milestoneDoneText(milestone.title, actualDate, note);
      const update = entry(context, project, { kind: 'MILESTONE_DONE', text, milestoneId: milestone.id });
      const request = { update, projectChange: { expectedVersion: project.version, milestones } };
      return change(context, project, { ...request, audit: auditEntry(context.actor, 'project.completeMilestone', project.id, { milestone: milestone.id, actualDate }) }, isDone);
    },

    async correctMilestone(_root, args, context) {
      const { project, index, milestone } = await staffMilestone(context, args.milestoneId);
      const input = parseInput(milestoneCorrectionSchema, args.input);
      refuseUnmaskedData({ title: input.title, reason: input.reason });
      const corrected = (p: StoredProject) => p.milestones[index]?.title === input.title && p.milestones[index]?.plannedDate === input.plannedDate;
      // Already as asked (a double tap): nothing to write.
      if (corrected(project)) return viewOf(context, project);
      if (project.cancellation) throw badInput('项目已经取消了。');
      if (milestone.actualDate !== null) throw badInput('这个节点已经完成了，不能再改；写错了的地方请发布一条更正说明。');
      const today = governmentDate(context.now());
      const moved = input.plannedDate !== milestone.plannedDate;
      if (moved && milestone.plannedDate < today) throw badInput('这个节点的计划完成日期已经过了，不能再改；晚了请说明延期原因。', { field: 'plannedDate' });
      if (moved && input.plannedDate < today) throw badInput('计划完成日期不能早于今天。', { field: 'plannedDate' });
      const renamed = input.title !== milestone.title;
      const changes = [
        ...(renamed ? [`节点「${milestone.title}」改名为「${input.title}」`] : []),
        ...(moved ? [`节点「${input.title}」的计划完成日期由${writtenDate(milestone.plannedDate)}调整为${writtenDate(input.plannedDate)}`] : []),
      ];
      const milestones = project.milestones.map((m, i) => (i === index ? { ...m, title: input.title, plannedDate: input.plannedDate } : m));
      const update = entry(context, project, { kind: 'PLAN_CHANGED', text: `计划调整：${changes.join('；')}。调整原因：${input.reason}`, milestoneId: milestone.id });
      const request = { update, projectChange: { expectedVersion: project.version, milestones } };
      const changed = [...(renamed ? ['title'] : []), ...(moved ? ['plannedDate'] : [])];
      return change(context, project, { ...request, audit: auditEntry(context.actor, 'project.correctMilestone', project.id, { milestone: milestone.id, changed }) }, corrected);
    },

    async explainDelay(_root, args, context) {
      const staff = staffActing(context.actor, 'project.manage');
      const { project, index, milestone } = await staffMilestone(context, args.milestoneId);
      const reason = parseInput(reasonSchema('延期原因'), args.reason);
      refuseUnmaskedData({ reason });
      const today = governmentDate(context.now());
      const explained = (p: StoredProject) => {
        const latest = p.milestones[index]?.delays.at(-1);
        return latest?.reason === reason && latest.date === today;
      };
      if (explained(project)) return viewOf(context, project);
      const view = deriveMilestone(milestone, rulesOf(context));
      if (view.done) throw badInput('这个节点已经完成了。');
      if (!view.overdue) throw badInput('这个节点还没有逾期，不需要说明原因。');
      const delay = { reason, date: today, at: context.now().toISOString(), department: staff.department };
      const milestones = project.milestones.map((m, i) => (i === index ? { ...m, delays: [...m.delays, delay] } : m));
      const update = entry(context, project, { kind: 'DELAY_EXPLAINED', text: `节点「${milestone.title}」延期说明：${reason}`, milestoneId: milestone.id });
      const request = { update, projectChange: { expectedVersion: project.version, milestones } };
      return change(context, project, { ...request, audit: auditEntry(context.actor, 'project.explainDelay', project.id, { milestone: milestone.id }) }, explained);
    },

    async cancelProject(_root, args, context) {
      const staff = staffActing(context.actor, 'project.manage');
      const project = await staffProject(context, args.id, 'project.manage');
      const reason = parseInput(reasonSchema('取消原因'), args.reason);
      refuseUnmaskedData({ reason });
      const cancelledFor = (p: StoredProject) => p.cancellation?.reason === reason;
      if (project.cancellation) {
        if (cancelledFor(project)) return viewOf(context, project);
        throw conflict('这个项目已经取消了。');
      }
      if ((await viewOf(context, project)).status === 'COMPLETED') throw badInput('项目已经完成，不能取消。');
      const now = context.now();
      const cancellation = { reason, date: governmentDate(now), at: now.toISOString(), department: staff.department };
      const update = entry(context, project, { kind: 'CANCELLED', text: reason });
      const request = { update, projectChange: { expectedVersion: project.version, cancellation } };
      return change(context, project, { ...request, audit: auditEntry(context.actor, 'project.cancel', project.id, { reason }) }, cancelledFor);
    },

    async requestPhotoUpload(_root, args, context) {
      const project = await staffProject(context, args.projectId, 'project.report');
      const { contentType, bytes } = parseInput(photoRequestSchema, { contentType: args.contentType, bytes: args.bytes });
      return photoUploadOf(await context.photos.prepareUpload(newPhotoKey('projects', project.id, contentType), contentType, bytes));
    },
  },
};
