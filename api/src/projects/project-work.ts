import type { WorkCounter } from '../workbench/work-counts';
import { deriveMilestone } from './project-derivation';
import { rulesOf } from './project-views';

/** The staff's projects page in the mini-app (报送进展, 说明延期). */
const PROJECTS_PAGE = '/pages/projects/staff/index';
/** Where the district office answers proposals (miniapp ROUTES.projectProposals). */
const PROPOSALS_PAGE = '/pages/projects/proposals/index';

/** A department leads at most a few dozen of the year's projects: one page holds them. */
const PROJECTS_READ = 100;

/** 延期待说明: milestones of this year's projects past their date with no reason given yet. */
export const delayReasonWork: WorkCounter = async (context, { department, today }) => {
  const rules = rulesOf(context);
  const year = Number(today.slice(0, 4));
  const page = await context.stores.projects.list({ year, department }, { first: PROJECTS_READ }, async (projects) => projects);
  const owed = page.items.flatMap(({ node }) => node.milestones.map((milestone) => deriveMilestone(milestone, rules))).filter((milestone) => milestone.needsExplanation);
  // Each one counted is past its date: an overdue figure would only say the count again.
  return [{ key: 'delayReasons', label: '延期待说明', count: owed.length, unit: '个节点', overdue: null, detail: owed.length > 0 ? '逾期的进度节点要向居民说明原因' : null, path: PROJECTS_PAGE }];
};

/** 建议待答复: residents' proposals for next year's list, answered by the district office. */
export const proposalWork: WorkCounter = async (context, { department, today }) => {
  if (department !== undefined && department !== context.config.districtOffice) return [];
  const forYear = Number(today.slice(0, 4)) + 1;
  const count = await context.stores.proposals.countUnanswered(forYear);
  return [{ key: 'proposalsToAnswer', label: '建议待答复', count, unit: '条', overdue: null, detail: `征集${forYear}年民生实事的建议`, path: PROPOSALS_PAGE }];
};
