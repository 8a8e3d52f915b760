import type { Resolvers } from '../generated/resolvers';
import { photosOf } from '../core/photo-storage';
import { connectionOf } from '../core/items';
import { can, residentIdOf, viewerCan } from '../core/authorization';
import { pageArgs, parseInput } from '../core/validation';
import { privateTextFor } from '../core/private-text';
import { rollUp, sumBudgets } from './project-derivation';
import { isDissatisfied, SATISFACTION_LEVELS } from '../core/satisfaction';
import { PROJECT_STATUSES, type ProjectParent } from './project-model';
import { projectResource } from './project-access';
import { loadProject, projectPage, viewOf, viewsOf } from './project-views';
import { projectFilterSchema, yearSchema } from './project-validation';
import * as z from 'zod';

const listArgs = z.object({ filter: projectFilterSchema, ...pageArgs });
const updatesArgs = z.object(pageArgs);

const percent = (part: number, whole: number) => (whole > 0 ? Math.floor((part / whole) * 100) : null);

/** The most a year's lists may hold, read in one go (a list has ten or twenty projects). */
const MAX_PROJECTS_PER_YEAR = 500;

export const projectResolvers: Resolvers = {
  Query: {
    async projects(_root, args, context) {
      const { filter, first, after } = parseInput(listArgs, args);
      const page = await projectPage(
        context,
        { year: filter?.year ?? undefined, list: filter?.list, department: filter?.department, status: filter?.status ?? undefined },
        first,
        after ?? undefined,
      );
      return connectionOf(page);
    },
    async project(_root, { id }, context) {
      const project = await loadProject(context, id);
      return project ? viewOf(context, project) : null;
    },
    async projectLists(_root, args, context) {
      const year = parseInput(yearSchema, args.year);
      const page = await projectPage(context, { year }, MAX_PROJECTS_PER_YEAR);
      const lists = new Map<string, ProjectParent[]>();
      for (const { node: view } of page.items) lists.set(view.list, [...(lists.get(view.list) ?? []), view]);
      return [...lists].map(([name, projects]) => ({
        year,
        name,
        progress: rollUp(projects).progress,
        budget: sumBudgets(projects.map((project) => project.budget)),
        statusCounts: PROJECT_STATUSES.map((status) => ({ status, count: projects.filter((project) => project.status === status).length })),
        projects,
      }));
    },
    async myFollowedProjects(_root, _args, context) {
      const ids = await context.stores.projects.followedBy(residentIdOf(context.actor));
      const projects = await context.loaders.project.loadMany(ids);
      return viewsOf(context, projects.flatMap((project) => (project && !(project instanceof Error) ? [project] : [])));
    },
  },
  Project: {
    cancelledReason: ({ cancellation }) => cancellation?.reason ?? null,
    cancelledDate: ({ cancellation }) => cancellation?.date ?? null,
    async parent({ parentId }, _args, context) {
      const parent = parentId ? await loadProject(context, parentId) : null;
      return parent ? viewOf(context, parent) : null;
    },
    async updates({ id }, args, context) {
      const { first, after } = parseInput(updatesArgs, args);
      const page = await context.stores.projects.updates(id, { first, after: after ?? undefined });
      return connectionOf(page);
    },
    followerCount: async ({ id }, _args, context) => (await context.loaders.projectCounts.load(id)).followers,
    followedByMe: ({ id }, _args, context) =>
      context.actor.kind === 'resident' ? context.loaders.projectFollowed.load(`${context.actor.residentId}/${id}`) : false,
    async evaluationSummary({ id }, _args, context) {
      const { evaluations } = await context.loaders.projectCounts.load(id);
      const count = SATISFACTION_LEVELS.reduce((sum, level) => sum + evaluations[level], 0);
      const satisfied = SATISFACTION_LEVELS.filter((level) => !isDissatisfied(level)).reduce((sum, level) => sum + evaluations[level], 0);
      return { count, satisfiedPercent: percent(satisfied, count), levels: SATISFACTION_LEVELS.map((level) => ({ level, count: evaluations[level] })) };
    },
    myEvaluation: ({ id }, _args, context) =>
      context.actor.kind === 'resident' ? context.loaders.projectEvaluation.load(`${context.actor.residentId}/${id}`) : null,
    async viewerCan(project, _args, context) {
      const [managers, reporters] = await Promise.all([projectResource(context, project, 'project.manage'), projectResource(context, project, 'project.report')]);
      return { ...viewerCan(context.actor, managers, { manage: 'project.manage' }), report: can(context.actor, 'project.report', reporters) };
    },
    async evaluationComments({ id, leadDepartment }, _args, context) {
      if (!can(context.actor, 'project.manage', { department: leadDepartment })) return [];
      const evaluations = await context.stores.projects.latestEvaluations(id, 100);
      // Read as written by the lead department; a comment carrying a private number is an audited read.
      const read = { action: 'project.readEvaluationComment', targetId: id, field: 'evaluationComments.comment' } as const;
      return Promise.all(evaluations.map(async (e) => ({ ...e, comment: e.comment && (await privateTextFor(context, e.comment, true, read)) })));
    },
  },
  ProjectBudget: {
    spentPercent: ({ spent, planned }) => percent(spent, planned),
  },
  ProjectUpdate: {
    photos: ({ photos }, _args, context) => photosOf(context.photos, photos),
    correctedBy: async ({ projectId, id }, _args, context) => (await context.loaders.projectCorrections.load(projectId)).get(id) ?? [],
  },
};
