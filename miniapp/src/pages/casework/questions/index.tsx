import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PagedList } from '../../../components/PagedList';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { request } from '../../../api/request';
import { MyConsultationsDocument } from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { openPage, ROUTES } from '../../../lib/navigation';
import { ConsultationCard } from '../../../features/casework/components';

function Mine({ token }: { token: string }) {
  // Back from a question (rated, say): read again.
  const visit = useReturnVisits();
  const list = usePaged((after) => request(MyConsultationsDocument, { after }).then((d) => pageOf(d.myConsultations)), `${token}:${visit}`);
  return (
    <PagedList list={list} what="我的留言" empty="您还没有留过言。" count={(shown) => `共 ${shown} 条`}>
      {(items) => items.map((c) => <ConsultationCard key={c.id} c={c} onOpen={() => openPage(ROUTES.caseworkQuestion, { id: c.id })} />)}
    </PagedList>
  );
}

/** 我的留言: the resident's questions, newest first, each with where it stands and its answer deadline. */
export default function MyQuestionsPage() {
  const { session } = useLiveSession();
  return (
    <Screen label="我的留言">
      <Heading level={1}>我的留言</Heading>
      <View className="gov-step-form">
        <Action onClick={() => openPage(ROUTES.caseworkAsk)}>我要留言</Action>
        <Action kind="plain" onClick={() => openPage(ROUTES.caseworkFaq)}>
          看高频问答
        </Action>
      </View>
      {session ? <Mine token={session.token} /> : <SignInNeeded why="登录后能看到您的留言和部门的答复。" />}
      <Text className="gov-note">答复后请评价：不满意的可以说明原因，部门会重新办理一次。</Text>
    </Screen>
  );
}
