import { MAINLAND_MOBILE, mobileDigits, OPTIONAL_MOBILE_REFUSED } from '@govopen/shared/src/mobile';
import type { ProjectProposalInput } from '../../generated/operations';

// 我要提建议: the form's rules, the same as the API's (api/src/projects/project-validation.ts), so a
// mistake is said next to its field before anything is sent.

export type ProposalForm = { title: string; description: string; location: string; mobile: string };
type ProposalErrors = Partial<Record<keyof ProposalForm, string>>;

export const PROPOSAL_LIMITS = { title: 100, description: 2000, location: 100 } as const;

/** The problems, field by field, or the input to send. */
export function checkProposal(form: ProposalForm): { errors: ProposalErrors; input: ProjectProposalInput | null } {
  const errors: ProposalErrors = {};
  const title = form.title.trim();
  const description = form.description.trim();
  const location = form.location.trim();
  const mobile = mobileDigits(form.mobile);
  if (!title) errors.title = '请写一个简短的名称，如：加装小区路灯。';
  else if (title.length > PROPOSAL_LIMITS.title) errors.title = `名称太长了，最多 ${PROPOSAL_LIMITS.title} 个字。`;
  if (!description) errors.description = '请写一写想办什么、为什么要办。';
  else if (description.length > PROPOSAL_LIMITS.description) errors.description = `内容太长了，最多 ${PROPOSAL_LIMITS.description} 个字。`;
  if (!location) errors.location = '请写在哪里，如：城东街道幸福社区。';
  else if (location.length > PROPOSAL_LIMITS.location) errors.location = `地点太长了，最多 ${PROPOSAL_LIMITS.location} 个字。`;
  if (mobile && !MAINLAND_MOBILE.test(mobile)) errors.mobile = OPTIONAL_MOBILE_REFUSED;
  return Object.keys(errors).length ? { errors, input: null } : { errors, input: { title, description, location, contactMobile: mobile || null } };
}
