import { View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { LinkCard } from '../../../components/LinkCard';
import { PagedList } from '../../../components/PagedList';
import { Empty } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { AppealCasesDocument, type StaffMeQuery } from '../../../generated/operations';
import { pageOf, usePaged } from '../../../hooks/use-paged';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import { dateTimeInWords } from '../../../lib/format';
import { openPage, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import '../../../features/rating/rating.scss';

type Staff = StaffMeQuery['staffMe'];

/** The cases whose appeal waits for a decision, page by page. */
function WaitingAppeals({ staff, visit }: { staff: Staff; visit: number }) {
  const list = usePaged((after) => staffRequest(AppealCasesDocument, { after }).then((d) => pageOf(d.ratingCases)), `${staff.username}:${visit}`);
  if (staff.role !== 'DISTRICT_ADMIN') return <Empty>申诉由区政府办公室的区级管理员决定。各部门在差评的办理页上提出申诉。</Empty>;
  return (
    <View>
      <Heading level={2}>等待决定的申诉</Heading>
      <PagedList list={list} what="申诉" empty="没有等待决定的申诉。" count={(shown) => `共 ${shown} 条`}>
        {(cases) =>
          cases.map((c) => (
            <LinkCard
              key={c.id}
              title={`${c.department} · ${c.rating.service.name}`}
              lines={[
                `评价：${c.rating.levelLabel}${c.rating.reasonLabels.length ? `（${c.rating.reasonLabels.join('、')}）` : ''}`,
                `申诉理由：${c.appeal!.reason}`,
                `${c.appeal!.appealedByName} 于 ${dateTimeInWords(c.appeal!.appealedAt)} 提出${c.appeal!.appealedBy === staff.username ? '（是您提出的，要由另一位管理员决定）' : ''}`,
              ]}
              onClick={() => openPage(ROUTES.ratingCase, { id: c.id })}
            />
          ))
        }
      </PagedList>
    </View>
  );
}

/** 差评申诉 (工作台): a district admin decides departments' appeals against malicious ratings. */
export default function RatingAppealsPage() {
  const visit = useReturnVisits();
  return (
    <Screen label="差评申诉" wide>
      <Heading level={1}>差评申诉</Heading>
      <StaffOnly why="这是区级管理员决定各部门差评申诉用的。请先用工作人员账号登录。">
        {(token) => <SignedInStaff token={token}>{(staff) => <WaitingAppeals staff={staff} visit={visit} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
