import { useEffect, useRef } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { PagedList } from '../../../components/PagedList';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { request } from '../../../api/request';
import { MyMessagesDocument, OpenMessageDocument, type InboxMessageFieldsFragment } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { dateTimeInWords, dayInWords } from '../../../lib/format';
import { momentInWords } from '../../../features/events/format';
import { keyboardActivation } from '../../../lib/a11y';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import '../../../features/messages/messages.scss';

/** When what a message is about happens, in words (12月10日 星期四 上午9:30; a day: 2026年12月10日 星期四); read on a later day, so never 今天 / 明天. */
const messageTimeInWords = (when: string | null | undefined): string => (!when ? '' : when.includes('T') ? momentInWords(when, new Date(), false) : dayInWords(when));

/** Opens the page a message is about (a policy, an open day …), if it names one. */
const openTarget = (page: string | null) => {
  if (page) void Taro.navigateTo({ url: `/${page}` });
};

function MessageCard({ message, onOpen }: { message: InboxMessageFieldsFragment; onOpen: (message: InboxMessageFieldsFragment) => void }) {
  const open = () => onOpen(message);
  return (
    <View
      className={`gov-card gov-card--link${message.read ? '' : ' message-card--unread'}`}
      role="link"
      tabIndex={0}
      onClick={open}
      {...keyboardActivation(open)}
      data-testid="message"
    >
      {!message.read && <Text className="message-unread">未读</Text>}
      <Heading level={3}>{message.heading}</Heading>
      {message.forResident && <Text className="gov-note">{`为 ${message.forResident} 转来`}</Text>}
      <Text className="gov-paragraph">{message.title}</Text>
      {message.overtaken && <Text className="gov-paragraph message-overtaken">{message.overtaken}</Text>}
      {(message.when || message.detail) && <Text className="gov-paragraph">{[messageTimeInWords(message.when), message.detail].filter(Boolean).join(' · ')}</Text>}
      <Text className="gov-note">{dateTimeInWords(message.sentAt)}</Text>
    </View>
  );
}

function Inbox({ token, openId }: { token: string; openId: string }) {
  const visit = useReturnVisits();
  const list = usePaged((after) => request(MyMessagesDocument, { after }).then(({ myMessages }) => pageOf(myMessages)), `${token}:${visit}`);
  const open = (message: InboxMessageFieldsFragment) => {
    // Read from now on; the page it is about opens whether or not that answer arrives.
    list.update((item) => item.id === message.id, (item) => ({ ...item, read: true }));
    void request(OpenMessageDocument, { id: message.id }).catch(() => undefined);
    openTarget(message.page);
  };
  // A WeChat message opens this page with ?open=<id>: that message, then what it is about.
  const opened = useRef(false);
  useEffect(() => {
    if (!openId || opened.current) return;
    opened.current = true;
    request(OpenMessageDocument, { id: openId }).then(
      ({ openMessage }) => openTarget(openMessage.page),
      () => undefined,
    );
  }, [openId]);
  return (
    <PagedList list={list} what="消息" empty="还没有消息。订阅您关心的内容后，有新发布会在这里告诉您。" count={(shown) => `共 ${shown} 条`}>
      {(messages) => messages.map((message) => <MessageCard key={message.id} message={message} onOpen={open} />)}
    </PagedList>
  );
}

/** 我的消息: everything GovOpen told the resident, newest first; unread ones marked. */
export default function MessagesPage() {
  const { session } = useLiveSession();
  const openId = routeParam(useRouter().params, 'open');
  return (
    <Screen label="我的消息">
      <Heading level={1}>我的消息</Heading>
      {session ? <Inbox token={session.token} openId={openId} /> : <SignInNeeded why="登录后，能看到开放日、评价、留言、订阅等所有通知。" />}
      <Action kind="plain" onClick={() => openPage(ROUTES.subscriptions)}>
        订阅设置
      </Action>
      <Action kind="plain" onClick={() => openPage(ROUTES.family)}>
        亲友帮办
      </Action>
    </Screen>
  );
}
