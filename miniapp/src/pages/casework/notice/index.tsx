import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Said } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { Loaded, Gone } from '../../../components/States';
import { request } from '../../../api/request';
import { InformationRequestDetailDocument } from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useRemote } from '../../../hooks/use-remote';
import { routeParam } from '../../../lib/navigation';
import { copyText, hasDownloads } from '../../../platform';
import { printPage, saveText } from '../../../platform/files';
import { staffRequest, staffSessions } from '../../../session/staff';
import { NoticeDocument, type NoticeContent } from '../../../features/casework/NoticeDocument';

/** Keep: H5 saves a text file or prints (另存为 PDF); weapp copies the whole text (WeChat cannot download). */
function Keep({ notice }: { notice: NoticeContent & { text: string } }) {
  const [said, setSaid] = useState('');
  const fileName = `${notice.title}-${notice.reference}.txt`;
  return (
    <View>
      {hasDownloads() ? (
        <>
          <Action onClick={() => setSaid(saveText(notice.text, fileName) ? `已保存为“${fileName}”。` : '这个浏览器不能保存文件，请用“打印”另存为 PDF。')}>保存告知书</Action>
          <Action kind="plain" onClick={() => setSaid(printPage() ? '' : '这个浏览器不能打印。')}>
            打印或另存为 PDF
          </Action>
        </>
      ) : (
        <Action onClick={() => void copyText(notice.text).then((done) => setSaid(done ? '全文已复制，可以粘贴到聊天或备忘录里保存。' : '没能复制，请截屏保存。'))}>复制全文</Action>
      )}
      <Said text={said} />
    </View>
  );
}

function NoticeOf({ id, index, token, staff }: { id: string; index: number; token: string; staff: boolean }) {
  const loaded = useRemote(
    () => (staff ? staffRequest(InformationRequestDetailDocument, { id }) : request(InformationRequestDetailDocument, { id })).then((d) => d.informationRequest.notices[index] ?? null),
    `${id}:${index}:${token}`,
  );
  return (
    <Loaded remote={loaded} what="告知书">
      {(notice) =>
        notice ? (
          <View className="notice-print-area">
            <NoticeDocument notice={notice} />
            <Keep notice={notice} />
          </View>
        ) : (
          <Gone>没有找到这份告知书。</Gone>
        )
      }
    </Loaded>
  );
}

/** One 告知书 laid out as printed, to read, save and print (`staff=1`: opened from the 工作台). */
export default function NoticePage() {
  const params = useRouter().params;
  const staff = routeParam(params, 'staff') === '1';
  const resident = useLiveSession().session;
  const clerk = useLiveSession(staffSessions).session;
  const session = staff ? clerk : resident;
  return (
    <Screen label="告知书">
      <Heading level={1}>告知书</Heading>
      {session ? (
        <NoticeOf id={routeParam(params, 'id')} index={Number(routeParam(params, 'n')) || 0} token={session.token} staff={staff} />
      ) : (
        <SignInNeeded why="登录后能看到您的告知书。" />
      )}
      <Text className="gov-note">告知书写明了答复的依据；对答复不服的，可以按告知书写的期限申请行政复议或者提起行政诉讼。</Text>
    </Screen>
  );
}
