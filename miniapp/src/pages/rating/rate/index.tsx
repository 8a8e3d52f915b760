import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Empty, Failure, Loading } from '../../../components/States';
import { Choices } from '../../../components/Choices';
import { Problem } from '../../../components/Messages';
import { TextField } from '../../../components/TextField';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { request } from '../../../api/request';
import { MeDocument, RateServiceDocument, RatingFormDocument, type RatingFormQuery, type Satisfaction, type RatingReason } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, replacePage, routeParam, ROUTES } from '../../../lib/navigation';
import { useLiveSession } from '../../../hooks/use-live-session';
import { useFormCheck } from '../../../hooks/use-form-check';
import { useSubmit } from '../../../hooks/use-submit';
import { channelInWords, parseRatingLink } from '../../../features/rating/format';
import { afterAsking, templateIdsOf } from '../../../platform/messages';
import '../../../features/rating/rating.scss';

type Service = NonNullable<RatingFormQuery['service']>;
type Options = RatingFormQuery['ratingOptions'];

/** What 好评 and 差评 open with: the middle of each side, changed with one tap. */
export const FIRST_LEVEL = { good: 'SATISFIED', bad: 'DISSATISFIED' } as const satisfies Record<string, Satisfaction>;

const MATTER_NUMBER = /^[0-9A-Za-z_-]{1,40}$/;
const MOBILE = /^1\d{10}$/;

type Draft = { level: Satisfaction | null; reasons: RatingReason[]; comment: string; matterNumber: string; phone: string };

/** The form's rules, as the API has them, said beside the field each concerns before anything is sent; empty when it may be sent. */
export function draftMistakes(draft: Draft, options: Options): Partial<Record<'reasons' | 'comment' | 'matterNumber' | 'phone', string>> {
  const bad = options.levels.find((l) => l.level === draft.level)?.bad ?? false;
  const comment = draft.comment.trim();
  return {
    ...(bad && draft.reasons.length === 0 && !comment ? { reasons: '请选择不满意的原因，或者写几句原因。' } : {}),
    ...(bad && draft.reasons.includes('OTHER') && !comment ? { comment: '选了“其他”，请写一下具体原因。' } : {}),
    ...(draft.matterNumber.trim() && !MATTER_NUMBER.test(draft.matterNumber.trim()) ? { matterNumber: '办件号只能有字母、数字、横线和下划线，最多 40 位。' } : {}),
    ...(bad && draft.phone.trim() && !MOBILE.test(draft.phone.trim()) ? { phone: '回访电话请填写 11 位手机号码。' } : {}),
  };
}

function RatingForm({ service, options, window }: { service: Service; options: Options; window: string | null }) {
  const { session } = useLiveSession();
  const signedIn = Boolean(session);
  const [draft, setDraft] = useState<Draft>({ level: null, reasons: [], comment: '', matterNumber: '', phone: '' });
  const submit = useSubmit(true);
  const check = useFormCheck(() => {
    const errors = draftMistakes(draft, options);
    return { errors, input: Object.keys(errors).length === 0 && draft.level ? draft.level : null };
  }, true);
  const { errors } = check;
  // The number a call-back would go to when none is typed: the one the resident gave GovOpen, if any.
  const me = useRemote(() => (session ? request(MeDocument).then((d) => d.me.phone) : Promise.resolve(null)), session?.token ?? '');
  const knownPhone = me.status === 'ready' ? me.data : null;
  const phoneHint = !signedIn || me.status !== 'ready'
    ? '部门会打这个电话回访您。不填时，用您在本平台留过的号码。'
    : knownPhone
      ? `部门会打这个电话回访您。不填时，打您留过的号码 ${knownPhone}。`
      : '您还没有在本平台留过手机号。不填的话，部门不会打电话，会在“我的评价”里书面答复您。';
  const change = (part: Partial<Draft>) => setDraft((d) => ({ ...d, ...part }));
  const bad = options.levels.find((l) => l.level === draft.level)?.bad ?? false;

  const send = () => {
    const level = check.tap();
    if (!level) return;
    const rate = async () => {
      const { rateService } = await request(RateServiceDocument, {
        serviceId: service.id,
        input: {
          level,
          reasons: bad ? draft.reasons : [],
          comment: draft.comment.trim() || null,
          matterNumber: draft.matterNumber.trim() || null,
          window,
          contactPhone: bad ? draft.phone.trim() || null : null,
        },
      });
      // The confirmation replaces the form: going back cannot land on a form that was sent.
      await replacePage(ROUTES.ratingDone, { id: rateService.id });
    };
    // A bad rating is answered by the department: ask, inside the tap, to send that reply by WeChat.
    submit.run(bad ? afterAsking(['RATING_REPLIED'], rate) : rate);
  };

  const toggleReason = (reason: RatingReason) =>
    change({ reasons: draft.reasons.includes(reason) ? draft.reasons.filter((r) => r !== reason) : [...draft.reasons, reason] });

  return (
    <View>
      {!signedIn && <Text className="gov-paragraph">提交评价要先登录。可以先填写，提交时再登录。</Text>}
      {!draft.level ? (
        <View className="rating-section">
          <Heading level={2}>您对这次服务满意吗？</Heading>
          <View className="rating-big-choices">
            <Action className="rating-big-choice" onClick={() => change({ level: FIRST_LEVEL.good })}>
              好评（满意）
            </Action>
            <Action className="rating-big-choice" kind="plain" onClick={() => change({ level: FIRST_LEVEL.bad })}>
              差评（不满意）
            </Action>
          </View>
        </View>
      ) : (
        <View className="rating-section">
          <Heading level={2}>满意程度</Heading>
          <Text className="gov-note">已为您选好一项，可以改选。</Text>
          <Choices
            label="满意程度"
            column
            options={options.levels.map((l) => ({ value: l.level, label: l.label }))}
            chosen={[draft.level]}
            onChoose={(level) => change({ level })}
          />
        </View>
      )}

      {draft.level && bad && (
        <View className="rating-section" role="group" aria-label="不满意的原因">
          <Heading level={2}>不满意的原因（必填）</Heading>
          <Text className="gov-note">选一项或几项，也可以在下面写几句。</Text>
          <Choices
            label="原因"
            column
            options={options.reasons.map((r) => ({ value: r.reason, label: r.label }))}
            chosen={draft.reasons}
            onChoose={toggleReason}
          />
          <Problem text={errors.reasons} />
          <TextField
            label={draft.reasons.includes('OTHER') ? '具体原因（选了“其他”要写）' : '写几句原因（可以不填）'}
            value={draft.comment}
            onChange={(comment) => change({ comment })}
            error={errors.comment}
            maxLength={500}
            lines
          />
          <TextField
            label="回访电话（可以不填）"
            hint={phoneHint}
            type="number"
            value={draft.phone}
            onChange={(phone) => change({ phone })}
            error={errors.phone}
            maxLength={11}
          />
          {templateIdsOf(['RATING_REPLIED']).length > 0 && <Text className="gov-note">提交时微信会问您是否接收答复通知；同意后，部门答复时会通过微信告诉您。</Text>}
        </View>
      )}

      {draft.level && !bad && (
        <TextField label="想说的话（可以不填）" value={draft.comment} onChange={(comment) => change({ comment })} maxLength={500} lines />
      )}

      {draft.level && (
        <View className="rating-section">
          <TextField
            label="办件号（可以不填）"
            hint="办件回执上的编号。没有可以不填。"
            value={draft.matterNumber}
            onChange={(matterNumber) => change({ matterNumber })}
            error={errors.matterNumber}
            maxLength={40}
          />
          <Problem text={check.problem} />
          <Problem text={submit.error?.message} />
          {submit.error?.code === 'CONFLICT' && (
            <Action kind="plain" onClick={() => openPage(ROUTES.ratingMine)}>
              查看我的评价
            </Action>
          )}
          {signedIn ? (
            <SendAction busy={submit.busy} onClick={send}>提交评价</SendAction>
          ) : (
            <SignInNeeded why="提交评价要先登录，部门才能回访和答复您。登录后回到这里，您填的内容还在。" />
          )}
        </View>
      )}
    </View>
  );
}

/**
 * The rating page the QR codes open: `?service=<id>&window=<n>` (H5, where the printed address
 * https://HOST/r/<id>/<n> leads, and the mini-program path), or `?q=<the printed address>` when WeChat
 * opens the mini-program from the printed code (扫普通链接二维码, scene 1011).
 */
export default function RatePage() {
  const params = useRouter().params;
  const link = routeParam(params, 'service') ? { service: routeParam(params, 'service'), window: routeParam(params, 'window') } : parseRatingLink(routeParam(params, 'q'));
  const serviceId = link?.service ?? '';
  const form = useRemote(() => request(RatingFormDocument, { serviceId }), serviceId);

  const body = () => {
    if (!serviceId) return <Empty>没有找到要评价的服务。请重新扫码，或回到“好差评”选择服务。</Empty>;
    if (form.status === 'loading') return <Loading what="评价页面" />;
    if (form.status === 'error') return <Failure message={form.error.message} onRetry={form.retry} code={form.error.code} />;
    const { service, ratingOptions } = form.data;
    if (!service) return <Empty>没有找到这项服务。请回到“好差评”选择服务。</Empty>;
    if (service.disabled) return <Empty>{`这项服务已停用，不能评价了。（${service.department} · ${service.name}）`}</Empty>;
    // Only a window the service has: the API refuses any other.
    const window = link?.window && service.windows.includes(link.window.toUpperCase()) ? link.window.toUpperCase() : null;
    return (
      <>
        <View className="gov-card">
          <Fields
            rows={[
              { label: '服务', value: service.name },
              { label: '办理部门', value: service.department },
              { label: '办理方式', value: window ? `${window}号窗口` : channelInWords(service) },
            ]}
          />
        </View>
        <RatingForm service={service} options={ratingOptions} window={window} />
      </>
    );
  };

  return (
    <Screen label="评价这次服务">
      <Heading level={1}>评价这次服务</Heading>
      {body()}
      {(!serviceId || (form.status === 'ready' && (!form.data.service || form.data.service.disabled))) && <Action onClick={() => openPage(ROUTES.rating)}>选择服务</Action>}
    </Screen>
  );
}
