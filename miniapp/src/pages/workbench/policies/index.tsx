import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, ActionRow } from '../../../components/Action';
import { Confirm } from '../../../components/Confirm';
import { DateField } from '../../../components/DateTimeFields';
import { PagedList } from '../../../components/PagedList';
import { Phrases } from '../../../components/Phrases';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { RepealPolicyDocument, StaffPoliciesDocument, type StaffMeQuery, type StaffPoliciesQuery } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { useSubmit } from '../../../hooks/use-submit';
import { policyDateInWords, validityInWords } from '../../../features/policy/format';
import { beijingDate } from '../../../lib/format';
import { openPage, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { interpretationDueInWords } from '../../../features/workbench/interpretation-due';
import '../../../features/workbench/workbench.scss';

type Staff = StaffMeQuery['staffMe'];
type StaffPolicy = StaffPoliciesQuery['policies']['edges'][number]['node'];

/** One policy: its state, its interpretation's due day while it has none, 修改 (the publish form), 写解读, 修改解读 and 废止 (with the day it stops). */
function PolicyCard({ policy, onRepealed }: { policy: StaffPolicy; onRepealed: () => void }) {
  const [repealing, setRepealing] = useState(false);
  const [date, setDate] = useState(beijingDate(new Date()));
  const submit = useSubmit();
  const due = policy.interpretationDue;
  const repeal = () => (date ? submit.run(() => staffRequest(RepealPolicyDocument, { id: policy.id, repealedDate: date }).then(onRepealed)) : submit.fail('请选择废止日期。'));
  return (
    <View className="gov-card" role="group" aria-label={policy.title} data-testid="staff-policy">
      <Text className="gov-card__title">{policy.title}</Text>
      <Phrases className="gov-card__meta" breaks="words" text={[policy.documentNumber, policyDateInWords(policy), validityInWords(policy)].filter(Boolean).join(' · ')} />
      {policy.reach && policy.reach.told > 0 && <Phrases className="gov-card__meta" breaks="words" text={`政策找人：已告诉订阅的 ${policy.reach.told} 人，其中 ${policy.reach.opened} 人已查看`} />}
      {due && <Phrases className={due.overdue ? 'workbench-count__late' : 'gov-card__meta'} breaks="words" text={`${due.overdue ? '' : '还没有解读。'}${interpretationDueInWords(due)}`} />}
      <ActionRow>
        <Action kind="plain" onClick={() => openPage(ROUTES.workbenchPublish, { id: policy.id })}>
          修改
        </Action>
        <Action kind="plain" onClick={() => openPage(ROUTES.workbenchInterpret, { id: policy.id })}>
          写解读
        </Action>
        {policy.interpretations.map((interpretation) => (
          <Action kind="plain" key={interpretation.id} onClick={() => openPage(ROUTES.workbenchInterpret, { id: policy.id, interpretation: interpretation.id })}>
            {policy.interpretations.length === 1 ? '修改解读' : `修改解读「${interpretation.title}」`}
          </Action>
        ))}
      </ActionRow>
      {policy.validity !== 'REPEALED' &&
        (repealing ? (
          <Confirm what="废止" says="确定要废止这份文件吗？废止后它标为“已废止”，居民默认只看到现行有效的文件。" busy={submit.busy} error={submit.error?.message} onConfirm={repeal} onBack={() => setRepealing(false)}>
            <DateField label="废止日期" hint="从这一天起不再有效" value={date} onChange={setDate} />
          </Confirm>
        ) : (
          <Action kind="plain" onClick={() => setRepealing(true)}>
            废止
          </Action>
        ))}
    </View>
  );
}

function Policies({ staff, visit }: { staff: Staff; visit: number }) {
  const [repealed, setRepealed] = useState(0);
  // Every policy the department owns: under its own name or another it may use, 依申请公开 ones too.
  const filter = { department: staff.department, validity: ['VALID' as const, 'AMENDED' as const, 'REPEALED' as const] };
  const list = usePaged((after) => staffRequest(StaffPoliciesDocument, { filter, after }).then(({ policies }) => pageOf(policies)), `${staff.username}:${visit}:${repealed}`);
  return (
    <View>
      <Heading level={2}>{`${staff.department}的政策文件`}</Heading>
      <PagedList list={list} what="政策文件" empty="本部门还没有发布过政策文件。" count={(shown) => `共 ${shown} 份`}>
        {(policies) => policies.map((policy) => <PolicyCard key={policy.id} policy={policy} onRepealed={() => setRepealed((n) => n + 1)} />)}
      </PagedList>
      {/* Every clerk publishes for their own department: with nothing yet, the way to the first one. */}
      {list.status === 'ready' && list.items.length === 0 && <Action onClick={() => openPage(ROUTES.workbenchPublish)}>发布政策文件</Action>}
    </View>
  );
}

/** 本部门的政策 (工作台): the department's published policies; correct one, write an interpretation, repeal with a date. */
export default function StaffPoliciesPage() {
  const visit = useReturnVisits();
  return (
    <Screen label="本部门的政策" wide>
      <Heading level={1}>本部门的政策</Heading>
      <StaffOnly why="这是各部门工作人员管理本部门政策文件用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => <Policies staff={staff} visit={visit} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
