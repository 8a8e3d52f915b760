import { maskMobile } from '@govopen/shared';
import { connectionOf } from '../core/items';
import type { Resolvers } from '../generated/resolvers';
import { authorize, can, residentIdOf, staffResource, viewerCan } from '../core/authorization';
import { auditEntry } from '../core/audit-entry';
import { governmentDate } from '../core/clock';
import { privateTextFor } from '../core/private-text';
import { badInput, conflict, notFound } from '../core/errors';
import { cursorSchema, pageSizeSchema, parseInput, refuseUnmaskedData } from '../core/validation';
import type { RequestContext } from '../app';
import type { StoredProposal } from './project-model';
import { proposalIdFor } from './project-ids';
import { currentProject, loadProject, viewOf } from './project-views';
import {
  answerInputSchema,
  evaluationInputSchema,
  proposalInputSchema,
  proposalStatusSchema,
  yearSchema,
} from './project-validation';

// What residents do with projects — follow, evaluate, propose — and how the district office answers
// proposals.

/** Staff of the district office answer proposals and may read their call-back numbers in full, on purpose. */
const districtOffice = (context: RequestContext) => ({ department: context.config.districtOffice });

/** Whether an id is a proposal's as stored (16 hex digits); anything else finds nothing. */
const isProposalId = (id: string) => /^[0-9a-f]{16}$/u.test(id);
const NO_PROPOSAL = '找不到这条建议。';

/**
 * What a resident wrote in a proposal is public with private numbers masked; its author and the
 * district office, which answers it, read it as written (the office's reads of private numbers audited).
 */
function asShownTo(context: RequestContext, proposal: StoredProposal, field: 'title' | 'description' | 'location'): Promise<string> {
  const isAuthor = context.actor.kind === 'resident' && context.actor.residentId === proposal.residentId;
  const mayReadFull = isAuthor || can(context.actor, 'proposal.answer', districtOffice(context));
  return privateTextFor(context, proposal[field], mayReadFull, { action: 'proposal.readFull', targetId: proposal.id, field });
}

export const projectResidentResolvers: Resolvers = {
  Query: {
    async myProposals(_root, _args, context) {
      const residentId = residentIdOf(context.actor);
      return context.stores.proposals.mine(residentId);
    },
    async projectProposals(_root, args, context) {
      const forYear = parseInput(yearSchema, args.forYear);
      const status = parseInput(proposalStatusSchema, args.status) ?? undefined;
      const first = parseInput(pageSizeSchema, args.first);
      const after = parseInput(cursorSchema, args.after);
      // Proposals not yet answered have not been looked at: only the district office sees them.
      if (status === 'SUBMITTED') authorize(context.actor, 'proposal.answer', districtOffice(context));
      const page = await context.stores.proposals.list(forYear, status !== 'SUBMITTED', status, { first, after: after ?? undefined });
      return connectionOf(page);
    },
    async projectProposalContact(_root, { id }, context) {
      const found = await staffResource(context.actor, 'personal.readFull', async () => (isProposalId(id) ? context.stores.proposals.get(id) : null), NO_PROPOSAL, () => districtOffice(context));
      await context.audit.record(auditEntry(context.actor, 'proposal.readContact', id));
      return found.contactMobile;
    },
  },
  Mutation: {
    async followProject(_root, { id }, context) {
      const residentId = residentIdOf(context.actor);
      const project = await currentProject(context, id);
      await context.stores.projects.follow(project.id, residentId, context.now().toISOString());
      return viewOf(context, project);
    },
    async unfollowProject(_root, { id }, context) {
      const residentId = residentIdOf(context.actor);
      const project = await currentProject(context, id);
      await context.stores.projects.unfollow(project.id, residentId);
      return viewOf(context, project);
    },
    async evaluateProject(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const project = await currentProject(context, args.id);
      const input = parseInput(evaluationInputSchema, args.input);
      if ((await viewOf(context, project)).status !== 'COMPLETED') throw badInput('这个项目还没有完成，完成后才能评价。');
      const { evaluation, created } = await context.stores.projects.evaluate({
        projectId: project.id,
        residentId,
        level: input.level,
        comment: input.comment,
        createdAt: context.now().toISOString(),
      });
      if (!created && (evaluation.level !== input.level || evaluation.comment !== input.comment)) {
        throw conflict('您已经评价过这个项目了，每人只能评价一次。');
      }
      // The answer may carry the project's figures: read them as just written, so the page that
      // sent the evaluation shows it counted at once.
      const counts = (await context.stores.projects.counts([project.id], true)).get(project.id)!;
      context.loaders.projectCounts.clear(project.id).prime(project.id, counts);
      return evaluation;
    },
    async proposeProject(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const input = parseInput(proposalInputSchema, args.input);
      const forYear = Number(governmentDate(context.now()).slice(0, 4)) + 1;
      const proposal: StoredProposal = {
        id: proposalIdFor(residentId, forYear, input.title, input.description, input.location),
        residentId,
        forYear,
        ...input,
        status: 'SUBMITTED',
        reply: null,
        projectId: null,
        submittedAt: context.now().toISOString(),
        answeredAt: null,
        answeredBy: null,
      };
      return context.stores.proposals.submit(proposal);
    },
    async answerProjectProposal(_root, args, context) {
      authorize(context.actor, 'proposal.answer', districtOffice(context));
      const input = parseInput(answerInputSchema, args.input);
      refuseUnmaskedData({ reply: input.reply });
      if (input.projectId && !(await loadProject(context, input.projectId))) throw notFound('找不到关联的项目。');
      const { id } = args;
      if (!isProposalId(id)) throw notFound(NO_PROPOSAL);
      return context.stores.proposals.answer(
        id,
        {
          status: input.status as 'ACCEPTED' | 'MERGED' | 'DECLINED',
          reply: input.reply,
          projectId: input.projectId,
          answeredAt: context.now().toISOString(),
          answeredBy: context.actor.kind === 'staff' ? context.actor.department : '',
        },
        auditEntry(context.actor, 'proposal.answer', id, { status: input.status }),
      );
    },
  },
  ProjectEvaluation: {
    project: async ({ projectId }, _args, context) => viewOf(context, await currentProject(context, projectId)),
  },
  ProjectProposal: {
    title: (proposal, _args, context) => asShownTo(context, proposal, 'title'),
    description: (proposal, _args, context) => asShownTo(context, proposal, 'description'),
    location: (proposal, _args, context) => asShownTo(context, proposal, 'location'),
    contactMobile: ({ contactMobile }) => (contactMobile ? maskMobile(contactMobile) : null),
    async project({ projectId }, _args, context) {
      const project = projectId ? await loadProject(context, projectId) : null;
      return project ? viewOf(context, project) : null;
    },
    viewerCan: (_proposal, _args, context) => viewerCan(context.actor, districtOffice(context), { manage: 'proposal.answer', readPersonalData: 'personal.readFull' }),
  },
};
