import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Empty, Loaded } from '../../../components/States';
import { Problem, Said } from '../../../components/Messages';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { TextField } from '../../../components/TextField';
import { Phrases } from '../../../components/Phrases';
import { request } from '../../../api/request';
import {
  AcceptFamilyInvitationDocument,
  ConfirmFamilyHelperDocument,
  EndFamilyLinkDocument,
  InviteFamilyHelperDocument,
  MyFamilyLinksDocument,
  type FamilyLinkFieldsFragment,
} from '../../../generated/operations';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useRemote } from '../../../hooks/use-remote';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { useSubmit } from '../../../hooks/use-submit';
import { copyText } from '../../../platform';
import { openPage, pageUrl, routeParam, ROUTES } from '../../../lib/navigation';
import { activityInWords, stateInWords } from '../../../features/messages/family-format';

type Link = FamilyLinkFieldsFragment;

function LinkCard({ link, onChanged }: { link: Link; onChanged: () => void }) {
  const { busy, error, run } = useSubmit();
  const [copied, setCopied] = useState('');
  const resident = link.role === 'RESIDENT';
  const act = (send: () => Promise<unknown>) =>
    run(async () => {
      await send();
      onChanged();
    });
  const who = link.otherName ?? '亲友';
  return (
    <View className="gov-card" role="group" aria-label={resident ? `帮我的亲友 ${who}` : `我帮的亲友 ${who}`} data-testid="family-link">
      <Heading level={3}>{resident ? `帮我的亲友：${who}` : `我帮的亲友：${who}`}</Heading>
      <Text className="gov-paragraph" role="status">
        {stateInWords(link)}
      </Text>
      {link.code && (
        <View>
          <Text className="gov-note">把邀请码告诉亲友，亲友在“亲友帮办”里填写：</Text>
          <Text className="gov-paragraph" data-testid="family-code">
            {link.code}
          </Text>
          <Action
            kind="plain"
            onClick={() => void copyText(`我在“政务公开”请您帮我办事，邀请码 ${link.code}。打开 ${pageUrl(ROUTES.family, { code: link.code! })} 填写。`).then((ok) => setCopied(ok ? '已复制，可以粘贴发给亲友。' : '没能复制，请把邀请码念给亲友。'))}
          >
            复制邀请
          </Action>
          <Said text={copied} />
        </View>
      )}
      {resident && link.state === 'ACCEPTED' && (
        <SendAction busy={busy} onClick={() => act(() => request(ConfirmFamilyHelperDocument, { linkId: link.id }))}>
          {`确认请 ${who} 帮办`}
        </SendAction>
      )}
      {!resident && link.state === 'ACTIVE' && <Action onClick={() => openPage(ROUTES.familySignUp, { link: link.id })}>{`帮 ${who} 报名开放日`}</Action>}
      {link.activity.length > 0 && (
        <View role="list" aria-label="做过的事">
          <Text className="gov-note">做过的事</Text>
          {link.activity.map((step) => (
            <View key={`${step.at}-${step.kind}`} className="gov-paragraph" role="listitem">
              <Phrases breaks="words" text={activityInWords(link, step)} />
            </View>
          ))}
        </View>
      )}
      <Problem text={error?.message} />
      <Action kind="plain" disabled={busy} onClick={() => act(() => request(EndFamilyLinkDocument, { linkId: link.id }))}>
        结束帮办
      </Action>
    </View>
  );
}

function Invite({ onChanged }: { onChanged: () => void }) {
  const [name, setName] = useState('');
  const { busy, error, run } = useSubmit();
  return (
    <View className="gov-card" role="region" aria-label="请亲友帮我">
      <Heading level={2}>请亲友帮我</Heading>
      <Text className="gov-paragraph">亲友填写邀请码、您确认以后，亲友能收到您的开放日提醒和各项答复，能帮您报名开放日。您的其他信息亲友看不到，随时可以结束。</Text>
      <TextField label="来帮您的亲友怎么称呼您" hint="例如：王秀英、妈妈" value={name} onChange={setName} maxLength={20} />
      <Problem text={error?.message} />
      <SendAction
        busy={busy}
        onClick={() =>
          run(async () => {
            await request(InviteFamilyHelperDocument, { name });
            onChanged();
          })
        }
      >
        生成邀请码
      </SendAction>
    </View>
  );
}

function Accept({ initialCode, onChanged }: { initialCode: string; onChanged: () => void }) {
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const { busy, error, run } = useSubmit();
  return (
    <View className="gov-card" role="region" aria-label="我来帮亲友">
      <Heading level={2}>我来帮亲友</Heading>
      <TextField label="亲友给您的邀请码" value={code} onChange={setCode} maxLength={12} />
      <TextField label="您要帮的亲友怎么称呼您" hint="例如：王强、儿子" value={name} onChange={setName} maxLength={20} />
      <Problem text={error?.message} />
      <SendAction
        busy={busy}
        onClick={() =>
          run(async () => {
            await request(AcceptFamilyInvitationDocument, { code, name });
            setCode('');
            onChanged();
          })
        }
      >
        填写邀请码
      </SendAction>
    </View>
  );
}

function Family({ token, code }: { token: string; code: string }) {
  const visit = useReturnVisits();
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const links = useRemote(() => request(MyFamilyLinksDocument), `${token}:${visit}:${changes}`);
  return (
    <View>
      <Loaded remote={links} what="亲友帮办">
        {({ myFamilyLinks }) => (
          <View>
            {myFamilyLinks.length === 0 && <Empty>还没有亲友帮办。</Empty>}
            {myFamilyLinks.map((link) => (
              <LinkCard key={link.id} link={link} onChanged={changed} />
            ))}
          </View>
        )}
      </Loaded>
      <Invite onChanged={changed} />
      <Accept initialCode={code} onChanged={changed} />
    </View>
  );
}

/** 亲友帮办: invite a family member, accept an invitation, confirm, end, and see what the helper did. */
export default function FamilyPage() {
  const { session } = useLiveSession();
  const code = routeParam(useRouter().params, 'code');
  return (
    <Screen label="亲友帮办">
      <Heading level={1}>亲友帮办</Heading>
      {session ? <Family token={session.token} code={code} /> : <SignInNeeded why="登录后，能请亲友帮您，或帮您的亲友报名开放日。" />}
    </Screen>
  );
}
