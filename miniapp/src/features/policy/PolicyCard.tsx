import type { PolicyCardFieldsFragment } from '../../generated/operations';
import { validityInWords } from './format';
import { dateInWords } from '../../lib/format';
import { openPage, ROUTES } from '../../lib/navigation';
import { LinkCard } from '../../components/LinkCard';

/** One policy in a list: title, issuer, date and validity in words. */
export function PolicyCard({ policy }: { policy: PolicyCardFieldsFragment }) {
  const date = dateInWords(policy.publishedDate ?? policy.writtenDate);
  return (
    <LinkCard
      title={policy.title}
      lines={[policy.issuer && `发布机构：${policy.issuer}`, date && `发布日期：${date}`, `效力：${validityInWords(policy)}`]}
      onClick={() => openPage(ROUTES.policyDetail, { id: policy.id })}
    />
  );
}
