import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { SendAction } from '../../../components/Action';
import { Problem, Said } from '../../../components/Messages';
import { Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import {
  DepartmentIssuersDocument,
  SensitiveWordsDocument,
  SetDepartmentIssuersDocument,
  SetSensitiveWordsDocument,
  type SensitiveWordsQuery,
  type StaffMeQuery,
} from '../../../generated/operations';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { dateTimeInWords } from '../../../lib/format';
import { staffRequest } from '../../../session/staff';

type Staff = StaffMeQuery['staffMe'];
type WordList = SensitiveWordsQuery['sensitiveWords'];

/** One entry a line; blank lines and spaces around are dropped (the API drops repeats). */
const linesOf = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The district's sensitive words, one a line; the API refuses a save over someone else's newer one. */
function SensitiveWords({ list }: { list: WordList }) {
  const [text, setText] = useState(list.words.join('\n'));
  const [saved, setSaved] = useState<WordList>(list);
  const submit = useSubmit();
  const save = () => submit.run(async () => setSaved((await staffRequest(SetSensitiveWordsDocument, { words: linesOf(text) })).setSensitiveWords));
  return (
    <View className="gov-card" role="group" aria-label="敏感词">
      <Heading level={2}>敏感词</Heading>
      <Text className="gov-note">发布前检查会找出这些词（简体、繁体都找），提醒工作人员核对；不会拦住发布。</Text>
      <TextField label="敏感词（一行一个）" hint="每个不超过 20 个字，最多 500 个" value={text} onChange={setText} maxLength={12_000} lines />
      <Said text={saved.updatedAt ? `共 ${saved.words.length} 个，${dateTimeInWords(saved.updatedAt)}由 ${saved.updatedByName ?? ''} 保存` : `共 ${saved.words.length} 个`} />
      <Problem text={submit.error && `没能保存：${submit.error.message}`} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={save}>
        保存敏感词
      </SendAction>
    </View>
  );
}

/** The names a department may publish under besides its own (a 议事协调机构's office, for one). */
function Issuers() {
  const [department, setDepartment] = useState('');
  const [names, setNames] = useState('');
  const [said, setSaid] = useState('');
  const read = useSubmit();
  const save = useSubmit();
  const open = () =>
    read.run(async () => {
      const { departmentIssuers } = await staffRequest(DepartmentIssuersDocument, { department: department.trim() });
      setNames(departmentIssuers.issuers.slice(1).join('\n'));
      setSaid(`${departmentIssuers.department}现在可以用：${departmentIssuers.issuers.join('、')}`);
    });
  const send = () =>
    save.run(async () => {
      const { setDepartmentIssuers } = await staffRequest(SetDepartmentIssuersDocument, { department: department.trim(), issuers: linesOf(names) });
      setSaid(`已保存。${setDepartmentIssuers.department}现在可以用：${setDepartmentIssuers.issuers.join('、')}`);
    });
  return (
    <View className="gov-card" role="group" aria-label="发布机构名称">
      <Heading level={2}>发布机构名称</Heading>
      <Text className="gov-note">每个部门都能用自己的名称发布；要用别的名称（如牵头的领导小组办公室），在这里为它添加。</Text>
      <TextField label="部门" hint="如：区民政局" value={department} onChange={setDepartment} maxLength={60} />
      <SendAction kind="plain" busy={read.busy} busyText="正在打开……" onClick={open}>
        查看这个部门的
      </SendAction>
      <TextField label="另外可用的名称（一行一个）" hint="最多 20 个" value={names} onChange={setNames} maxLength={1_500} lines />
      <Said text={said} />
      <Problem text={(read.error ?? save.error)?.message} />
      <SendAction busy={save.busy} busyText="正在保存……" onClick={send}>
        保存发布机构名称
      </SendAction>
    </View>
  );
}

function Settings({ staff }: { staff: Staff }) {
  if (staff.role !== 'DISTRICT_ADMIN') return <Said text="发布设置由区政府办公室的全区管理员维护。要添加敏感词或发布机构名称，请联系他们。" />;
  return <AdminSettings username={staff.username} />;
}

function AdminSettings({ username }: { username: string }) {
  const words = useRemote(() => staffRequest(SensitiveWordsDocument).then((data) => data.sensitiveWords), username);
  return (
    <View>
      <Loaded remote={words} what="敏感词">
        {(list) => <SensitiveWords list={list} />}
      </Loaded>
      <Issuers />
    </View>
  );
}

/** 发布设置 (工作台, district admins): the sensitive-word list and the names each department may publish under; audited by the API. */
export default function PublishingSettingsPage() {
  return (
    <Screen label="发布设置" wide>
      <Heading level={1}>发布设置</Heading>
      <StaffOnly why="这是区政府办公室的管理员维护发布设置用的。请先用工作人员账号登录，登录好以后回到这里。">
        {(token) => <SignedInStaff token={token}>{(staff) => <Settings staff={staff} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
