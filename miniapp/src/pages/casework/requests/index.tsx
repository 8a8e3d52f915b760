import { View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PagedList } from '../../../components/PagedList';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { request } from '../../../api/request';
import { MyInformationRequestsDocument } from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { openPage, ROUTES } from '../../../lib/navigation';
import { RequestCard } from '../../../features/casework/components';

function Mine({ token }: { token: string }) {
  const visit = useReturnVisits();
  const list = usePaged((after) => request(MyInformationRequestsDocument, { after }).then((d) => pageOf(d.myInformationRequests)), `${token}:${visit}`);
  return (
    <PagedList list={list} what="我的公开申请" empty="您还没有申请过政府信息公开。" count={(shown) => `共 ${shown} 份`}>
      {(items) => items.map((r) => <RequestCard key={r.id} r={r} onOpen={() => openPage(ROUTES.caseworkRequest, { id: r.id })} />)}
    </PagedList>
  );
}

/** 我的公开申请: the resident's applications, newest first, each with where it stands and the date by which it must be answered. */
export default function MyRequestsPage() {
  const { session } = useLiveSession();
  return (
    <Screen label="我的公开申请">
      <Heading level={1}>我的公开申请</Heading>
      <View className="gov-step-form">
        <Action onClick={() => openPage(ROUTES.caseworkApply)}>申请政府信息公开</Action>
        <Action kind="link" onClick={() => openPage(ROUTES.caseworkReport)}>
          历年申请情况（年度报告数字）
        </Action>
      </View>
      {session ? <Mine token={session.token} /> : <SignInNeeded why="登录后能看到您的申请、答复期限和告知书。" />}
    </Screen>
  );
}
