import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Empty, Failure, Loading } from '../../../components/States';
import { request } from '../../../api/request';
import { MyRatingDocument, type MyRatingFieldsFragment } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { goHome, openPage, routeParam, ROUTES } from '../../../lib/navigation';
import { useLiveSession } from '../../../hooks/use-live-session';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { deadlineInWords } from '../../../features/rating/format';
import '../../../features/rating/rating.scss';

/** What happens next to a bad rating, with the deadlines the API counted in working days. */
export function NextSteps({ rating }: { rating: MyRatingFieldsFragment }) {
  const c = rating.case;
  if (!c) return null;
  const provisional = [c.callbackDeadline, c.rectifyDeadline].find((d) => d?.provisional)?.note;
  return (
    <View className="gov-card" role="region" aria-label="接下来">
      <Heading level={2}>接下来</Heading>
      {c.callbackDeadline ? (
        <>
          <Text className="rating-next">{`1. ${rating.department}的工作人员最迟在${deadlineInWords(c.callbackDeadline)}打电话回访您，了解情况。`}</Text>
          <Text className="rating-next">{`2. 部门最迟在${deadlineInWords(c.rectifyDeadline)}整改或说明情况，并答复您。`}</Text>
        </>
      ) : (
        // No phone number was left: nobody can call, so nobody promises to.
        <>
          <Text className="rating-next">1. 您没有留手机号，部门不会打电话，会书面答复您。</Text>
          <Text className="rating-next">{`2. ${rating.department}最迟在${deadlineInWords(c.rectifyDeadline)}整改或说明情况，并答复您。`}</Text>
        </>
      )}
      <Text className="rating-next">3. 答复会显示在“我的评价”里。看到答复后，您可以对整改结果再评价一次。</Text>
      {provisional && <Text className="rating-next">{`以上日期${provisional}，以正式节假日安排为准。`}</Text>}
    </View>
  );
}

function Confirmation({ rating }: { rating: MyRatingFieldsFragment }) {
  return (
    <View>
      <Heading level={1}>{rating.bad ? '已收到您的意见' : '谢谢您的评价'}</Heading>
      <Text className="gov-paragraph">{`您对“${rating.service.name}”的评价是：${rating.levelLabel}。`}</Text>
      {rating.bad ? (
        <>
          <Text className="gov-paragraph">{`您的意见已转给${rating.department}。部门会认真核实，给您一个答复。`}</Text>
          <NextSteps rating={rating} />
        </>
      ) : (
        <Text className="gov-paragraph">您的评价已记下，会计入这个部门公开的满意度。</Text>
      )}
      <Action onClick={() => openPage(ROUTES.ratingMine)}>查看我的评价</Action>
      <Action kind="plain" onClick={goHome}>
        回到首页
      </Action>
    </View>
  );
}

/** The calm page after a rating: what was received and, for a bad one, what happens next and by when. */
export default function RatingDonePage() {
  const id = routeParam(useRouter().params, 'id');
  const { session } = useLiveSession();
  const rating = useRemote(() => (session ? request(MyRatingDocument, { id }).then((data) => data.rating) : Promise.resolve(null)), `${id}:${session?.token ?? ''}`);

  const body = () => {
    if (!session) return <SignInNeeded why="登录后才能看到您的评价。" />;
    if (rating.status === 'loading') return <Loading what="您的评价" />;
    if (rating.status === 'error') return <Failure message={rating.error.message} onRetry={rating.retry} code={rating.error.code} />;
    if (!rating.data) return <Empty>没有找到这条评价。可以在“我的评价”里查看您的全部评价。</Empty>;
    return null;
  };
  const found = session && rating.status === 'ready' ? rating.data : null;

  return (
    <Screen label="您的评价">
      {found ? (
        <Confirmation rating={found} />
      ) : (
        <>
          <Heading level={1}>您的评价</Heading>
          {body()}
        </>
      )}
    </Screen>
  );
}
