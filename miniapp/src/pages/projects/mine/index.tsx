import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action } from '../../../components/Action';
import { Fields } from '../../../components/Fields';
import { Empty, Loaded } from '../../../components/States';
import { request } from '../../../api/request';
import { MyProjectsDocument, type MyProjectsQuery, type ProposalFieldsFragment } from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { openPage, ROUTES } from '../../../lib/navigation';
import { useLiveSession } from '../../../hooks/use-live-session';
import { SignInNeeded } from '../../../components/SignInNeeded';
import { ProjectCard } from '../../../features/projects/components';
import { PROPOSAL_STATUS_WORDS } from '../../../features/projects/format';
import { dateInWords } from '../../../lib/format';
import { useReturnVisits } from '../../../hooks/use-return-visits';
import '../../../features/projects/projects.scss';

/** One proposal and what became of it, in words. */
function Proposal({ proposal }: { proposal: ProposalFieldsFragment }) {
  const rows = [
    { label: '提交日期', value: dateInWords(proposal.submittedAt) },
    { label: '地点', value: proposal.location },
    // Masked, as on one's own 咨询留言 (decision 007: one's own number in full only where a form needs it).
    ...(proposal.contactMobile ? [{ label: '回电号码', value: proposal.contactMobile }] : []),
    { label: '办理情况', value: PROPOSAL_STATUS_WORDS[proposal.status] },
    ...(proposal.reply ? [{ label: `答复${proposal.answeredAt ? `（${dateInWords(proposal.answeredAt)}）` : ''}`, value: proposal.reply }] : []),
  ];
  return (
    <View className="gov-card" role="group" aria-label={proposal.title} data-testid="proposal">
      <Heading level={3}>{proposal.title}</Heading>
      <Text className="gov-paragraph">{proposal.description}</Text>
      <Fields rows={rows} />
      {proposal.project && (
        <Action kind="plain" onClick={() => openPage(ROUTES.projectDetail, { id: proposal.project!.id })}>
          {`看项目「${proposal.project.title}」`}
        </Action>
      )}
    </View>
  );
}

function Mine({ token }: { token: string }) {
  // Back from a project or from proposing: read again, something may have changed.
  const visit = useReturnVisits();
  const mine = useRemote(() => request(MyProjectsDocument), `${token}:${visit}`);
  return <Loaded remote={mine} what="我的建议">{(data) => <MineView {...data} />}</Loaded>;
}

function MineView({ myProposals, myFollowedProjects }: MyProjectsQuery) {
  return (
    <View>
      <Heading level={2}>我的建议</Heading>
      {myProposals.length === 0 && <Empty>您还没有提过建议。</Empty>}
      {myProposals.map((proposal) => (
        <Proposal key={proposal.id} proposal={proposal} />
      ))}
      <Action onClick={() => openPage(ROUTES.projectPropose)}>我要提建议</Action>
      <View className="project-section">
        <Heading level={2}>我关注的项目</Heading>
        {myFollowedProjects.length === 0 && <Empty>您还没有关注项目。在项目页面点“关注这个项目”，有新进展时会通知您。</Empty>}
        {myFollowedProjects.map((project) => (
          <ProjectCard key={project.id} project={project} />
        ))}
      </View>
    </View>
  );
}

/** 我的建议 (from 我的): my proposals and their answers, and the projects I follow. */
export default function MyProjectsPage() {
  const { session } = useLiveSession();
  return (
    <Screen label="我的建议和关注">
      <Heading level={1}>我的建议和关注</Heading>
      {session ? <Mine token={session.token} /> : <SignInNeeded why="登录后，能看到您提的建议和答复，以及您关注的民生实事。" />}
      <Action kind="plain" onClick={() => openPage(ROUTES.projects)}>
        看今年的民生实事
      </Action>
    </Screen>
  );
}
