import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PagedList } from '../../../components/PagedList';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { DepartmentDraftsDocument, type DepartmentDraftsQuery } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { openPage, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { draftMeta } from '../../../features/drafts/format';

type Draft = DepartmentDraftsQuery['departmentDrafts']['edges'][number]['node'];

function DraftJobs({ draft }: { draft: Draft }) {
  return (
    <View className="gov-card" role="article" aria-label={draft.title}>
      <Text className="gov-card__title">{draft.title}</Text>
      <Text className="gov-card__meta">{draftMeta(draft)}</Text>
      <Action kind="plain" label={`审核意见：${draft.title}`} onClick={() => openPage(ROUTES.draftModerate, { id: draft.id })}>
        审核意见
      </Action>
      {draft.status === 'CLOSED' && draft.viewerCan.manage && (
        <Action label={`公布采纳情况：${draft.title}`} onClick={() => openPage(ROUTES.draftAnswer, { id: draft.id })}>
          公布采纳情况
        </Action>
      )}
      <Action kind="link" label={`看草案页面：${draft.title}`} onClick={() => openPage(ROUTES.draftDetail, { id: draft.id })}>
        看草案页面
      </Action>
    </View>
  );
}

function Drafts() {
  const visit = useReturnVisits();
  const list = usePaged((after) => staffRequest(DepartmentDraftsDocument, { after }).then((d) => pageOf(d.departmentDrafts)), String(visit));
  return (
    <View>
      <Action onClick={() => openPage(ROUTES.draftPublish)}>发布征求意见稿</Action>
      <PagedList list={list} what="本部门的征求意见稿" empty="本部门还没有发布过征求意见稿。" count={(shown) => `共 ${shown} 份`}>
        {(drafts) => drafts.map((draft) => <DraftJobs key={draft.id} draft={draft} />)}
      </PagedList>
    </View>
  );
}

/** 意见征集 for staff: the department's drafts, newest first, with their jobs: moderate comments, publish 采纳情况 once closed. */
export default function DraftStaffPage() {
  return (
    <Screen label="意见征集（工作人员）" wide>
      <Heading level={1}>意见征集</Heading>
      <StaffOnly why="这是各部门发布征求意见稿、审核意见、公布采纳情况用的。请先用工作人员账号登录。">{(token) => <SignedInStaff token={token}>{() => <Drafts />}</SignedInStaff>}</StaffOnly>
    </Screen>
  );
}
