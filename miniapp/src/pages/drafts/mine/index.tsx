import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PagedList } from '../../../components/PagedList';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { request } from '../../../api/request';
import { MyDraftCommentsDocument } from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { openPage, ROUTES } from '../../../lib/navigation';
import { CommentCard } from '../../../features/drafts/components';

function Mine({ token }: { token: string }) {
  // Back from a draft: read again, a comment may have been approved meanwhile.
  const visit = useReturnVisits();
  const list = usePaged((after) => request(MyDraftCommentsDocument, { after }).then((data) => pageOf(data.myDraftComments)), `${token}:${visit}`);
  return (
    <PagedList list={list} what="我的意见" empty="您还没有对征求意见稿提过意见。" count={(shown) => `共 ${shown} 条`}>
      {(comments) => comments.map((comment) => <CommentCard key={comment.id} comment={comment} />)}
    </PagedList>
  );
}

/** 我的意见: every comment the resident made on drafts, newest first, each with its state (待审核, 已公开, 未公开 and why). */
export default function MyDraftComments() {
  const { session } = useLiveSession();
  return (
    <Screen label="我的意见">
      <Heading level={1}>我的意见</Heading>
      {session ? <Mine token={session.token} /> : <SignInNeeded why="登录后能看到您提过的意见和审核情况。" />}
      <Action kind="link" onClick={() => openPage(ROUTES.draftList)}>
        看正在征求意见的草案
      </Action>
    </Screen>
  );
}
