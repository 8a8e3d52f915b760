import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Loaded } from '../../../components/States';
import { Problem, Said } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { request } from '../../../api/request';
import { MySubscriptionsDocument, SaveSubscriptionsDocument, type MySubscriptionsQuery } from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { afterAsking } from '../../../platform/messages';

type Choice = Pick<MySubscriptionsQuery['mySubscriptions'], 'topics' | 'groups' | 'departments'>;
type Kind = keyof Choice;

const toggled = (values: string[], value: string) => (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);
const options = (values: string[]) => values.map((value) => ({ value, label: value }));

function SubscriptionForm({ mySubscriptions, subscriptionOptions }: MySubscriptionsQuery) {
  const [choice, setChoice] = useState<Choice>({ topics: mySubscriptions.topics, groups: mySubscriptions.groups, departments: mySubscriptions.departments });
  const [version, setVersion] = useState(mySubscriptions.version);
  const [saved, setSaved] = useState('');
  const { busy, error, run } = useSubmit();
  const choose = (kind: Kind) => (value: string) => {
    setSaved('');
    setChoice((before) => ({ ...before, [kind]: toggled(before[kind], value) }));
  };
  // weapp asks, inside the tap, to send a WeChat message too (the inbox gets every one in any case).
  const save = () =>
    run(afterAsking(['SUBSCRIPTION_PUBLISHED'], async () => {
      const { saveSubscriptions } = await request(SaveSubscriptionsDocument, { input: { ...choice, version } });
      setVersion(saveSubscriptions.version);
      const count = saveSubscriptions.topics.length + saveSubscriptions.groups.length + saveSubscriptions.departments.length;
      setSaved(count ? `已保存。有新发布时，会在“我的消息”里告诉您（共订阅 ${count} 项）。` : '已保存：您没有订阅任何内容。');
    }));
  return (
    <View>
      <Choices label="人群" title="我属于（可多选）" options={options(subscriptionOptions.groups)} chosen={choice.groups} onChoose={choose('groups')} />
      <Choices label="主题" title="我关心的主题" options={options(subscriptionOptions.topics)} chosen={choice.topics} onChoose={choose('topics')} />
      <Choices label="部门" title="我关注的部门" options={options(subscriptionOptions.departments)} chosen={choice.departments} onChoose={choose('departments')} column />
      <Said text={saved} />
      <Problem text={error?.message} />
      <SendAction busy={busy} busyText="正在保存……" onClick={save}>
        保存订阅
      </SendAction>
    </View>
  );
}

function Subscriptions({ token }: { token: string }) {
  const remote = useRemote(() => request(MySubscriptionsDocument), token);
  return <Loaded remote={remote} what="订阅设置">{(data) => <SubscriptionForm {...data} />}</Loaded>;
}

/** 订阅设置 (政策找人): the groups, topics and departments a resident wants to hear about. */
export default function SubscribePage() {
  const { session } = useLiveSession();
  return (
    <Screen label="订阅设置">
      <Heading level={1}>订阅设置</Heading>
      <Text className="gov-paragraph">选好以后，和您有关的新政策、政策解读、开放日、征求意见和民生实事项目一发布，就会告诉您。每条只告诉一次，随时可以取消。</Text>
      {session ? <Subscriptions token={session.token} /> : <SignInNeeded why="登录后才能订阅，有新发布时告诉您。" />}
    </Screen>
  );
}
