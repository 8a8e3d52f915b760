import type { PolicyCardFieldsFragment } from '../../generated/operations';
import { policyDateInWords, validityInWords } from './format';
import { openPage, ROUTES } from '../../lib/navigation';
import { LinkCard } from '../../components/LinkCard';

/** One policy in a list: title, issuer, date and validity in words. */
export function PolicyCard({ policy }: { policy: PolicyCardFieldsFragment }) {
  return (
    <LinkCard
      title={policy.title}
      lines={[policy.issuer && `发布机构：${policy.issuer}`, policyDateInWords(policy), `效力：${validityInWords(policy)}`]}
      onClick={() => openPage(ROUTES.policyDetail, { id: policy.id })}
    />
  );
}
