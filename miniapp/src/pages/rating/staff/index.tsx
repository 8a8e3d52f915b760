import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { PagedList } from '../../../components/PagedList';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { RatingCasesDocument, type CaseListFieldsFragment, type RatingCaseFilter } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { keyboardActivation } from '../../../lib/a11y';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { caseStatusInWords, deadlineInWords, dueWork, overdueInWords, ROLE_WORDS, sortCasesByDeadline } from '../../../features/rating/format';
import { dateInWords } from '../../../lib/format';
import '../../../features/rating/rating.scss';

/** One case in the list: the whole card opens it; overdue is said in words, the colour repeats it. */
export function CaseCard({ c }: { c: CaseListFieldsFragment }) {
  const open = () => openPage(ROUTES.ratingCase, { id: c.id });
  const due = dueWork(c);
  const overdue = overdueInWords(c);
  return (
    <View className="gov-card gov-card--link" role="link" tabIndex={0} onClick={open} {...keyboardActivation(open)} data-testid="case-card">
      <Text className="gov-card__title">{`${c.rating.service.name} · ${c.rating.levelLabel}`}</Text>
      <Text className="gov-card__meta">{`状态：${caseStatusInWords(c, 'staff')}`}</Text>
      {overdue && <Text className={c.isOverdue ? 'rating-overdue' : 'gov-card__meta'}>{c.isOverdue ? `⚠ ${overdue}` : overdue}</Text>}
      {due?.what === '结案' && <Text className="gov-card__meta">{`已答复（${dateInWords(c.repliedAt)}），${c.followUp ? `居民追评：${c.followUp.levelLabel}` : '居民还没有追评'}，可以结案`}</Text>}
      <Text className="gov-card__meta">{`部门：${c.department}`}</Text>
      {c.rating.reasonLabels.length > 0 && <Text className="gov-card__meta">{`原因：${c.rating.reasonLabels.join('、')}`}</Text>}
      <Text className="gov-card__meta">{`评价日期：${dateInWords(c.openedAt)}`}</Text>
      {due?.deadline?.provisional && <Text className="gov-card__meta">{`期限${deadlineInWords(due.deadline)}${due.deadline.note ?? ''}`}</Text>}
    </View>
  );
}

type Show = 'open' | 'overdue' | 'closed';
const SHOW_LABELS: Record<Show, string> = { open: '待办理', overdue: '只看已超期', closed: '已办结' };
const FILTERS: Record<Show, RatingCaseFilter> = { open: {}, overdue: { overdue: true }, closed: { status: 'CLOSED' } };

const isShow = (value: string): value is Show => value in SHOW_LABELS;

function CaseList({ token }: { token: string }) {
  // The 工作台 opens the list at the late cases (?show=overdue) when there are any.
  const asked = routeParam(useRouter().params, 'show');
  const [show, setShow] = useState<Show>(isShow(asked) ? asked : 'open');
  // Back from a case: read the list again, its state may have moved on.
  const visit = useReturnVisits();
  const list = usePaged(
    (after) => staffRequest(RatingCasesDocument, { filter: FILTERS[show], first: 50, after }).then(({ ratingCases }) => pageOf(ratingCases)),
    `${token}:${show}:${visit}`,
  );
  const overdue = list.items.filter((c) => c.isOverdue).length;
  return (
    <View>
      <Heading level={2}>差评办理</Heading>
      <Choices label="显示哪些" options={(['open', 'overdue', 'closed'] as const).map((value) => ({ value, label: SHOW_LABELS[value] }))} chosen={[show]} onChoose={setShow} />
      <PagedList
        list={list}
        what="差评列表"
        empty={show === 'closed' ? '还没有办结的差评。' : show === 'overdue' ? '没有超期的差评。' : '没有待办理的差评。'}
        count={(shown) => `共 ${shown} 件${show === 'closed' ? '' : `，其中已超期 ${overdue} 件`}`}
      >
        {/* Closed cases come newest first from the API; open work is ordered by its deadline. */}
        {(cases) => (show === 'closed' ? cases : sortCasesByDeadline(cases)).map((c) => <CaseCard key={c.id} c={c} />)}
      </PagedList>
    </View>
  );
}

/**
 * 工作人员 (我的 → 工作人员登录): staff sign in here, with a session kept apart from the resident's
 * (session/staff.ts), and see their department's bad ratings by deadline — a district admin every
 * department's.
 */
export default function StaffPage() {
  return (
    <Screen label="差评办理" wide>
      <Heading level={1}>差评办理（工作人员）</Heading>
      <StaffOnly why="供区政府和各部门的工作人员办理差评。" signInHere>
        {(token) => (
          <SignedInStaff token={token} about={(staff) => <Text className="gov-line">{`身份：${ROLE_WORDS[staff.role]}`}</Text>}>
            {(staff) => (
              <View>
                {/* Appeals are decided by district admins only; departments appeal on the case itself. */}
                {staff.role === 'DISTRICT_ADMIN' && (
                  <Action kind="plain" onClick={() => openPage(ROUTES.ratingAppeals)}>
                    差评申诉：等待决定的
                  </Action>
                )}
                <CaseList token={token} />
              </View>
            )}
          </SignedInStaff>
        )}
      </StaffOnly>
    </Screen>
  );
}
