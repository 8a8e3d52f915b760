import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { PagedList } from '../../../components/PagedList';
import { Problem } from '../../../components/Messages';
import { request } from '../../../api/request';
import {
  MyRatingsDocument,
  RateRectificationDocument,
  type MyRatingFieldsFragment,
  type MyRatingsQuery,
  type Satisfaction,
} from '../../../generated/operations';
import { openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { useLiveSession } from '../../../hooks/use-live-session';
import { Choices } from '../../../components/Choices';
import { TextField } from '../../../components/TextField';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useSubmit } from '../../../hooks/use-submit';
import { caseStatusInWords, deadlineInWords, OUTCOME_WORDS } from '../../../features/rating/format';
import { dateInWords } from '../../../lib/format';
import '../../../features/rating/rating.scss';

type Levels = MyRatingsQuery['ratingOptions']['levels'];
type Case = NonNullable<MyRatingFieldsFragment['case']>;

/** A bad rating's case as the resident is told it: where it stands and by when the next step is due. */
export function caseProgress(c: Case): string {
  const words = caseStatusInWords(c, 'resident');
  const late = c.isOverdue ? '部门已超过约定时间，仍在办理。' : '';
  if (c.status === 'OPEN' && c.callbackDeadline) return `${words}（最迟在${deadlineInWords(c.callbackDeadline)}回访）。${late}`;
  if (c.status === 'OPEN' || c.status === 'CALLED_BACK') return `${words}（最迟在${deadlineInWords(c.rectifyDeadline)}答复）。${late}`;
  return `${words}。`;
}

/** The one follow-up rating of the fix, after the reply and before the case is closed. */
function FollowUp({ c, levels, onRated }: { c: Case; levels: Levels; onRated: (c: Case) => void }) {
  const [level, setLevel] = useState<Satisfaction | null>(null);
  const [comment, setComment] = useState('');
  const submit = useSubmit();
  const send = () => {
    if (!level) return submit.fail('请先选择您对整改结果是否满意。');
    submit.run(async () => {
      const { rateRectification } = await request(RateRectificationDocument, { caseId: c.id, input: { level, comment: comment.trim() || null } });
      onRated(rateRectification);
    });
  };
  return (
    <View className="rating-section" role="group" aria-label="对整改结果评价">
      <Heading level={3}>对整改结果评价一次</Heading>
      <Text className="gov-note">每条差评只能追评一次。</Text>
      <Choices label="对整改结果的满意程度" column options={levels.map((l) => ({ value: l.level, label: l.label }))} chosen={level ? [level] : []} onChoose={setLevel} />
      <TextField label="想说的话（可以不填）" value={comment} onChange={setComment} maxLength={500} lines />
      <Problem text={submit.error?.message} />
      <SendAction busy={submit.busy} onClick={send}>提交追评</SendAction>
    </View>
  );
}

export function RatingCard({ rating, levels, onCase }: { rating: MyRatingFieldsFragment; levels: Levels; onCase: (c: Case) => void }) {
  const c = rating.case;
  const rows = [
    { label: '评价', value: rating.levelLabel },
    { label: '评价日期', value: dateInWords(rating.ratedAt) },
    { label: '办理部门', value: rating.department },
    ...(rating.window ? [{ label: '窗口', value: `${rating.window}号窗口` }] : []),
    ...(rating.matterNumber ? [{ label: '办件号', value: rating.matterNumber }] : []),
    ...(rating.bad ? [{ label: '不满意的原因', value: [...rating.reasonLabels, rating.comment].filter(Boolean).join('；') }] : []),
    ...(!rating.bad && rating.comment ? [{ label: '您说的话', value: rating.comment }] : []),
    ...(c ? [{ label: '办理进度', value: caseProgress(c) }] : []),
  ];
  return (
    <View className="gov-card" role="article" aria-label={`${rating.service.name}，${rating.levelLabel}`}>
      <Heading level={2}>{rating.service.name}</Heading>
      <Fields rows={rows} />
      {c?.reply && (
        <View className="rating-section">
          <Heading level={3}>{`部门答复（${c.outcome ? OUTCOME_WORDS[c.outcome] : '已答复'}）`}</Heading>
          <Text className="rating-step__when">{dateInWords(c.repliedAt)}</Text>
          <Text className="gov-paragraph">{c.reply}</Text>
        </View>
      )}
      {c?.followUp && <Text className="gov-message">{`您对整改结果的评价：${c.followUp.levelLabel}`}</Text>}
      {c && !c.followUp && (c.status === 'RECTIFIED' || c.status === 'EXPLAINED') && <FollowUp c={c} levels={levels} onRated={onCase} />}
    </View>
  );
}

function MyRatingList({ token, focus }: { token: string; focus: string }) {
  const list = usePaged(async (after) => {
    const { myRatings, ratingOptions } = await request(MyRatingsDocument, { first: 20, after });
    return { ...pageOf(myRatings), extra: ratingOptions.levels };
  }, token);
  const setCase = (ratingId: string) => (c: Case) => list.update((r) => r.id === ratingId, (r) => ({ ...r, case: c }));
  return (
    <PagedList list={list} what="您的评价" empty="您还没有评价过。办完事后，扫窗口旁的二维码就能评价。" count={(shown) => `共 ${shown} 条`}>
      {(ratings) =>
        // The rating a reply notice points to comes first.
        [...ratings.filter((r) => r.id === focus), ...ratings.filter((r) => r.id !== focus)].map((rating) => (
          <RatingCard key={rating.id} rating={rating} levels={list.extra ?? []} onCase={setCase(rating.id)} />
        ))
      }
    </PagedList>
  );
}

/** 我的评价: every rating, newest first; for a bad one where its case stands, the reply, the follow-up. */
export default function MyRatingsPage() {
  const focus = routeParam(useRouter().params, 'rating');
  const { session } = useLiveSession();
  return (
    <Screen label="我的评价">
      <Heading level={1}>我的评价</Heading>
      {session ? <MyRatingList token={session.token} focus={focus} /> : <SignInNeeded why="登录后，可以看到您的评价和部门的答复。" />}
      <Action kind="link" onClick={() => openPage(ROUTES.rating)}>
        去评价一项服务
      </Action>
    </Screen>
  );
}
