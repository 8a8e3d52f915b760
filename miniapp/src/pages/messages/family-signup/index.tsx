import { useState } from 'react';
import { Phrases } from '../../../components/Phrases';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { Problem } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { TextField } from '../../../components/TextField';
import { NAME_MAX } from '../../../features/events/signup-form';
import { MobileField } from '../../../components/MobileField';
import { request } from '../../../api/request';
import { EventListDocument, SignUpForFamilyDocument, type EventCardFieldsFragment, type SignUpForFamilyMutation } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useSubmit } from '../../../hooks/use-submit';
import { goBack, routeParam } from '../../../lib/navigation';
import { placeInWords, seatsInWords, whenInWords } from '../../../features/events/format';

const RESULT_WORDS: Record<SignUpForFamilyMutation['signUpForFamily']['status'], string> = {
  CONFIRMED: '已报上。签到码已发到亲友的“我的消息”，也抄送给了您。',
  SELECTED: '已抽中。',
  APPLIED: '已报名，报名截止后抽签，结果会告诉亲友和您。',
  WAITLISTED: '名额已满，亲友在排队候补，轮到时会告诉亲友和您。',
  CANCELLED: '这次报名已取消。',
};

function SignUpForm({ linkId, event, onBack }: { linkId: string; event: EventCardFieldsFragment; onBack: () => void }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [result, setResult] = useState<SignUpForFamilyMutation['signUpForFamily'] | null>(null);
  const { busy, error, run } = useSubmit();
  if (result) {
    return (
      <View role="region" aria-label="报名结果">
        <Heading level={2}>报名已提交</Heading>
        <Text className="gov-paragraph" role="status">
          {`${result.eventTitle}：${RESULT_WORDS[result.status]}`}
        </Text>
        <Action onClick={goBack}>回到亲友帮办</Action>
      </View>
    );
  }
  return (
    <View className="gov-card" role="region" aria-label={`帮亲友报名：${event.title}`}>
      <Heading level={2}>{event.title}</Heading>
      <Fields
        rows={[
          { label: '时间', value: whenInWords(event.startsAt, event.endsAt) },
          { label: '地点', value: placeInWords(event) },
        ]}
      />
      <Text className="gov-paragraph">用亲友本人的名字和手机号报名，一人一个名额；到场时亲友本人出示签到码。</Text>
      <TextField label="亲友的姓名" hint="和身份证上一致" value={name} onChange={setName} maxLength={NAME_MAX} counted />
      <MobileField whose="亲友本人的" hint="亲友登记过手机号的，可以不填" value={phone} onChange={setPhone} />
      <Problem text={error?.message} />
      <SendAction
        busy={busy}
        onClick={() =>
          run(async () => {
            const data = await request(SignUpForFamilyDocument, { linkId, eventId: event.id, input: { name, phone: phone || null } });
            setResult(data.signUpForFamily);
          })
        }
      >
        帮亲友报名
      </SendAction>
      <Action kind="plain" onClick={onBack}>
        换一场开放日
      </Action>
    </View>
  );
}

function Events({ linkId }: { linkId: string }) {
  const [chosen, setChosen] = useState<EventCardFieldsFragment | null>(null);
  const list = usePaged((after) => request(EventListDocument, { filter: {}, first: 20, after }).then(({ events }) => pageOf(events)), 'family-events');
  if (chosen) return <SignUpForm linkId={linkId} event={chosen} onBack={() => setChosen(null)} />;
  return (
    <PagedList list={list} what="开放日" empty="近期没有开放日。">
      {(events) =>
        events.map((event) => (
          <View key={event.id} className="gov-card" role="group" aria-label={event.title}>
            <Heading level={3}>{event.title}</Heading>
            <Phrases className="gov-paragraph" breaks="words" text={`${whenInWords(event.startsAt, event.endsAt)}，${placeInWords(event)}，名额：${seatsInWords(event)}`} />
            {event.signUpOpen && <Action onClick={() => setChosen(event)}>{`帮亲友报名：${event.title}`}</Action>}
          </View>
        ))
      }
    </PagedList>
  );
}

/** The helper signs the resident they help up for an open day, in the resident's name. */
export default function FamilySignUpPage() {
  const { session } = useLiveSession();
  const linkId = routeParam(useRouter().params, 'link');
  return (
    <Screen label="帮亲友报名开放日">
      <Heading level={1}>帮亲友报名开放日</Heading>
      {session ? <Events linkId={linkId} /> : <SignInNeeded why="登录后才能帮亲友报名。" />}
    </Screen>
  );
}
