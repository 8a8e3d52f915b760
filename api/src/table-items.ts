import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditRecordItem } from './core/audit';
import { passProgressItem } from './core/resumable-pass';
import { moveProgressItem } from './core/settling-move';
import { describeTemplate, type ItemType, type KeyTemplates } from './core/item-type';
import { TABLE_INDEXES } from './core/table-definition';
import { checkInCodeItem, eventItem, eventListEntryItem, feedbackItem, registrationItem, waitingPlaceItem } from './events/event-items';
import { outboxMessageItem } from './notifications/outbox-items';
import { inboxEntryItem, reachItem, reachMarkerItem, unreadCountItem } from './notifications/inbox-items';
import { familyActivityItem, familyCodeItem, familyLinkItem, familyMemberItem } from './family/family-items';
import { publicationItem, publishingDepartmentItem, subscriberItem, subscriptionItem } from './subscriptions/subscription-items';
import { residentItem, staffItem } from './identity/identity-items';
import { signInCounterItem } from './identity/sign-in-items';
import { scanSignInItem } from './scan-sign-in/scan-sign-in-items';
import { facetCounterItem, interpretationItem, policyIdentityItem, policyItem, policyListEntryItem } from './policies/policy-items';
import { departmentIssuersItem, sensitiveWordsItem } from './policies/publishing-items';
import * as projects from './projects/project-items';
import { caseItem, caseStepItem, departmentCountersItem, departmentMonthCountersItem, ratingItem, serviceCountersItem, serviceItem, serviceMonthCountersItem } from './ratings/rating-items';
import { consultationAskerEntryItem, consultationItem, consultationStepItem, frequentQuestionItem, questionPhotoUploadsItem } from './consultations/consultation-items';
import { idNumberItem, publishedReportItem, requestApplicantEntryItem, requestItem, requestStepItem } from './information-requests/request-items';
import { draftCommenterItem, draftCommentItem, draftItem } from './drafts/draft-items';

// Every item type in the table, by feature: the one list docs/table-design.md's key table is
// generated from (`npx tsx api/src/table-items.ts` rewrites it; test/table-design.test.ts fails when
// it is stale).

export const TABLE_ITEMS: ReadonlyArray<{ feature: string; declaredIn: string; items: ItemType[] }> = [
  { feature: 'Policies', declaredIn: 'api/src/policies/policy-items.ts', items: [policyItem, policyIdentityItem, interpretationItem, policyListEntryItem, facetCounterItem] },
  { feature: 'Publishing settings', declaredIn: 'api/src/policies/publishing-items.ts', items: [sensitiveWordsItem, departmentIssuersItem] },
  { feature: '好差评', declaredIn: 'api/src/ratings/rating-items.ts', items: [serviceItem, ratingItem, caseItem, caseStepItem, departmentCountersItem, serviceCountersItem, departmentMonthCountersItem, serviceMonthCountersItem] },
  { feature: 'Open days', declaredIn: 'api/src/events/event-items.ts', items: [eventItem, eventListEntryItem, registrationItem, checkInCodeItem, feedbackItem, waitingPlaceItem] },
  {
    feature: '民生实事',
    declaredIn: 'api/src/projects/project-items.ts',
    items: [projects.projectItem, projects.projectDepartmentItem, projects.projectCountsItem, projects.updateItem, projects.updateByIdItem, projects.correctionItem, projects.followerItem, projects.evaluationItem, projects.proposalItem],
  },
  { feature: '咨询留言 and 高频问答', declaredIn: 'api/src/consultations/consultation-items.ts', items: [consultationItem, consultationAskerEntryItem, consultationStepItem, frequentQuestionItem, questionPhotoUploadsItem] },
  { feature: '依申请公开', declaredIn: 'api/src/information-requests/request-items.ts', items: [requestItem, requestApplicantEntryItem, idNumberItem, requestStepItem, publishedReportItem] },
  { feature: '意见征集', declaredIn: 'api/src/drafts/draft-items.ts', items: [draftItem, draftCommentItem, draftCommenterItem] },
  { feature: 'Residents and staff', declaredIn: 'api/src/identity/identity-items.ts', items: [residentItem, staffItem] },
  { feature: 'Staff sign-in throttle', declaredIn: 'api/src/identity/sign-in-items.ts', items: [signInCounterItem] },
  { feature: '扫码登录', declaredIn: 'api/src/scan-sign-in/scan-sign-in-items.ts', items: [scanSignInItem] },
  { feature: 'Notifications', declaredIn: 'api/src/events/outbox-items.ts', items: [outboxMessageItem] },
  { feature: '我的消息 and reach', declaredIn: 'api/src/notifications/inbox-items.ts', items: [inboxEntryItem, unreadCountItem, reachItem, reachMarkerItem] },
  { feature: '政策找人', declaredIn: 'api/src/subscriptions/subscription-items.ts', items: [subscriptionItem, subscriberItem, publicationItem, publishingDepartmentItem] },
  { feature: '亲友帮办', declaredIn: 'api/src/family/family-items.ts', items: [familyLinkItem, familyMemberItem, familyCodeItem, familyActivityItem] },
  { feature: 'Audit trail', declaredIn: 'api/src/core/audit.ts', items: [auditRecordItem] },
  { feature: 'One-off passes (backfills)', declaredIn: 'api/src/core/resumable-pass.ts', items: [passProgressItem] },
  { feature: 'Data moves', declaredIn: 'api/src/core/settling-move.ts', items: [moveProgressItem] },
];

const code = (template: string | undefined) => (template === undefined ? '' : `\`${describeTemplate(template)}\``);

/** The key table and the notes of every item type, as markdown. */
export function renderItemTable(): string {
  const indexes = TABLE_INDEXES.map((index) => index.indexName);
  const rows = TABLE_ITEMS.flatMap(({ feature, declaredIn, items }) => [
    `| **${feature}** (\`${declaredIn}\`) | | | ${indexes.map(() => '|').join(' ')}`,
    ...items.map(({ declaration: { name, keys, indexedWhen } }) => {
      const index = (name: 'gsi1' | 'gsi2') => {
        const pk = keys[`${name}pk` as keyof KeyTemplates];
        const sparse = indexedWhen && (!indexedWhen.index || indexedWhen.index === name) ? `${indexedWhen.note}: ` : '';
        return pk === undefined ? '' : `${sparse}${code(pk)} / ${code(keys[`${name}sk` as keyof KeyTemplates])}`;
      };
      return `| ${name} | ${code(keys.pk)} | ${code(keys.sk)} | ${indexes.map((i) => index(i as 'gsi1' | 'gsi2')).join(' | ')} |`;
    }),
  ]);
  const notes = TABLE_ITEMS.flatMap(({ items }) => items.flatMap(({ declaration: { name, notes: text } }) => (text ? [`- **${name}**: ${text}`] : [])));
  return [`| item | pk | sk | ${indexes.map((i) => `${i}pk / ${i}sk`).join(' | ')} |`, `|---|---|---|${indexes.map(() => '---|').join('')}`, ...rows, '', ...notes].join('\n');
}

export const TABLE_DESIGN_DOC = resolve(__dirname, '../../docs/table-design.md');
const BEGIN = '<!-- item table: generated from the declarations by `npx tsx api/src/table-items.ts` -->';
const END = '<!-- end of the generated item table -->';

/** docs/table-design.md with its item table as the declarations say it is. */
export function tableDesignDoc(current = readFileSync(TABLE_DESIGN_DOC, 'utf8')): string {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${TABLE_DESIGN_DOC} lacks the markers of its generated item table`);
  return `${current.slice(0, start)}${BEGIN}\n${renderItemTable()}\n${current.slice(end)}`;
}

if (require.main === module) writeFileSync(TABLE_DESIGN_DOC, tableDesignDoc());
