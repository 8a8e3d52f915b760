import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../../components/Screen';
import { Heading } from '../../../components/Heading';
import { Action, SendAction } from '../../../components/Action';
import { Choices } from '../../../components/Choices';
import { Columns } from '../../../components/Columns';
import { DateField, TimeField } from '../../../components/DateTimeFields';
import { Problem } from '../../../components/Messages';
import { Loaded } from '../../../components/States';
import { SignedInStaff, StaffOnly } from '../../../components/Staff';
import { TextField } from '../../../components/TextField';
import { CreateEventDocument, EventToEditDocument, UpdateEventDocument, type StaffMeQuery } from '../../../generated/operations';
import { useFormCheck } from '../../../hooks/use-form-check';
import { useRemote } from '../../../hooks/use-remote';
import { useSubmit } from '../../../hooks/use-submit';
import { beijingDate } from '../../../lib/format';
import { replacePage, routeParam, ROUTES } from '../../../lib/navigation';
import { staffRequest } from '../../../session/staff';
import { pickPlaceOnMap } from '../../../platform';
import { DepartmentPicker } from '../../../features/workbench/DepartmentPicker';
import {
  EVENT_LIMITS,
  SELECTION_WORDS,
  emptyAgendaRow,
  emptyEventForm,
  emptyOfficialRow,
  eventFormOf,
  checkEvent,
  type AgendaRow,
  type EventForm,
  type EventFormProblems,
  type OfficialRow,
} from '../../../features/events/event-form';
import '../../../features/events/events.scss';

type Staff = StaffMeQuery['staffMe'];

/** Changes row `i` of a list. */
const replaced = <T,>(rows: T[], i: number, row: T) => rows.map((old, j) => (j === i ? row : old));

/** 议程: a time (may be left empty) and what happens, row by row. */
function AgendaFields({ rows, error, onChange }: { rows: AgendaRow[]; error?: string; onChange: (rows: AgendaRow[]) => void }) {
  return (
    <View className="gov-field" role="group" aria-label="议程">
      <Heading level={2}>议程（可以不填）</Heading>
      {rows.map((row, i) => (
        <Columns key={i}>
          <TimeField label={`第 ${i + 1} 项：时间`} value={row.time} optional onChange={(time) => onChange(replaced(rows, i, { ...row, time }))} />
          <TextField label={`第 ${i + 1} 项：内容`} hint="如：参观办事大厅" value={row.item} onChange={(item) => onChange(replaced(rows, i, { ...row, item }))} maxLength={EVENT_LIMITS.agendaItem} />
          <Action kind="plain" onClick={() => onChange(rows.filter((_, j) => j !== i))}>{`删去议程第 ${i + 1} 项`}</Action>
        </Columns>
      ))}
      <Problem text={error} />
      {rows.length < EVENT_LIMITS.agendaRows && (
        <Action kind="plain" onClick={() => onChange([...rows, emptyAgendaRow()])}>
          加一项议程
        </Action>
      )}
    </View>
  );
}

/** 出席领导/工作人员: who will be there to answer residents, with their post. */
function OfficialFields({ rows, error, onChange }: { rows: OfficialRow[]; error?: string; onChange: (rows: OfficialRow[]) => void }) {
  return (
    <View className="gov-field" role="group" aria-label="出席领导和工作人员">
      <Heading level={2}>出席领导和工作人员（可以不填）</Heading>
      {rows.map((row, i) => (
        <Columns key={i}>
          <TextField label={`第 ${i + 1} 位：姓名`} value={row.name} onChange={(name) => onChange(replaced(rows, i, { ...row, name }))} maxLength={EVENT_LIMITS.officialName} />
          <TextField label={`第 ${i + 1} 位：职务`} hint="如：区民政局副局长" value={row.position} onChange={(position) => onChange(replaced(rows, i, { ...row, position }))} maxLength={EVENT_LIMITS.officialPosition} />
          <Action kind="plain" onClick={() => onChange(rows.filter((_, j) => j !== i))}>{`删去第 ${i + 1} 位`}</Action>
        </Columns>
      ))}
      <Problem text={error} />
      {rows.length < EVENT_LIMITS.officials && (
        <Action kind="plain" onClick={() => onChange([...rows, emptyOfficialRow()])}>
          加一位出席人员
        </Action>
      )}
    </View>
  );
}

/**
 * 在地图上选地点: weapp fills the address and coordinates from WeChat's map; H5 opens a coordinate
 * picker page to copy them from (the H5 build has no map of its own).
 */
function MapPicker({ onPicked }: { onPicked: (place: { address: string; latitude: number; longitude: number }) => void }) {
  const [said, setSaid] = useState('');
  const pick = async () => {
    const picked = await pickPlaceOnMap();
    if (picked === 'opened') setSaid('已在新标签页打开地图：搜索地点，点一下地图上的位置，把右侧显示的坐标（经度在前，纬度在后）抄到下面。');
    else if (picked) {
      onPicked(picked);
      setSaid('已填入地图上选的地点，可以再改地址的写法。');
    } else setSaid('没有选好地点：可以照地址在地图上查到坐标后填写。');
  };
  return (
    <View>
      <Action kind="plain" onClick={() => void pick()}>
        在地图上选地点
      </Action>
      {said && (
        <Text className="gov-note" role="status">
          {said}
        </Text>
      )}
    </View>
  );
}

/** The form: what, when, where (a place, a live link, or both), how many and how residents get a seat. */
function EventFields({ form, admin, problems, onChange }: { form: EventForm; admin: boolean; problems: EventFormProblems; onChange: (form: EventForm) => void }) {
  const set = <K extends keyof EventForm>(key: K) => (value: EventForm[K]) => onChange({ ...form, [key]: value });
  const today = beijingDate(new Date());
  return (
    <View>
      {admin && <DepartmentPicker label="哪个部门举办" chosen={form.department} onChoose={set('department')} />}
      <Columns>
        <TextField label="主题" hint="如：民生保障、营商环境" value={form.theme} onChange={set('theme')} maxLength={EVENT_LIMITS.theme} error={problems.theme} />
        <TextField label="名称" value={form.title} onChange={set('title')} maxLength={EVENT_LIMITS.title} counted error={problems.title} />
      </Columns>
      <TextField label="介绍" hint="居民来了能看到什么、能问什么" value={form.description} onChange={set('description')} maxLength={EVENT_LIMITS.description} lines error={problems.description} />
      <Columns>
        <DateField label="开放日期" value={form.day} onChange={set('day')} min={today} error={problems.day} />
        <TimeField label="开始时间" value={form.startTime} onChange={set('startTime')} />
        <TimeField label="结束时间" value={form.endTime} onChange={set('endTime')} error={problems.endTime} />
      </Columns>
      <TextField label="地点（线上举办可以不填）" value={form.address} onChange={set('address')} maxLength={EVENT_LIMITS.address} error={problems.address} />
      <MapPicker onPicked={(place) => onChange({ ...form, address: place.address.slice(0, EVENT_LIMITS.address), latitude: String(place.latitude), longitude: String(place.longitude) })} />
      <Columns>
        <TextField label="纬度" hint="地图上选好地点后自动填入，也可以抄写，如 29.08" value={form.latitude} onChange={set('latitude')} maxLength={12} type="digit" error={problems.latitude} />
        <TextField label="经度" hint="如 119.65" value={form.longitude} onChange={set('longitude')} maxLength={12} type="digit" error={problems.longitude} />
      </Columns>
      <TextField label="线上直播网址（可以不填）" value={form.liveUrl} onChange={set('liveUrl')} maxLength={EVENT_LIMITS.url} />
      <Columns>
        <TextField label="名额" value={form.capacity} onChange={set('capacity')} maxLength={5} type="number" error={problems.capacity} />
        <DateField label="报名截止日期" value={form.closesDay} onChange={set('closesDay')} min={today} max={form.day || undefined} error={problems.closesDay} />
        <TimeField label="报名截止时间" value={form.closesTime} onChange={set('closesTime')} />
      </Columns>
      <AgendaFields rows={form.agenda} error={problems.agenda} onChange={set('agenda')} />
      <OfficialFields rows={form.officials} error={problems.officials} onChange={set('officials')} />
      <Choices
        label="怎样确定参加的人"
        title="怎样确定参加的人"
        column
        options={(['FIRST_COME', 'DRAW'] as const).map((value) => ({ value, label: SELECTION_WORDS[value] }))}
        chosen={[form.selectionMode]}
        onChoose={set('selectionMode')}
      />
    </View>
  );
}

/** New (no id) or changing one: saved as a draft that residents do not see until 发布 on its page. */
function EventEditor({ staff, id }: { staff: Staff; id: string }) {
  const stored = useRemote(() => (id ? staffRequest(EventToEditDocument, { id }).then((data) => data.event) : Promise.resolve(null)), id);
  return (
    <Loaded remote={stored} what="开放日">
      {(event) => (id && !event ? <Text className="gov-paragraph">没有找到这个开放日。</Text> : <EventFormCard staff={staff} id={id} initial={event ? eventFormOf(event) : emptyEventForm()} />)}
    </Loaded>
  );
}

function EventFormCard({ staff, id, initial }: { staff: Staff; id: string; initial: EventForm }) {
  const [form, setForm] = useState(initial);
  const check = useFormCheck(() => checkEvent(form), true);
  const submit = useSubmit();
  const save = () => {
    const input = check.tap();
    if (!input) return;
    return submit.run(async () => {
      const saved = id ? (await staffRequest(UpdateEventDocument, { id, input })).updateEvent : (await staffRequest(CreateEventDocument, { input })).createEvent;
      await replacePage(ROUTES.eventManage, { id: saved.id });
    });
  };
  return (
    <View className="gov-card" role="group" aria-label={id ? '修改开放日' : '新建开放日'}>
      <Text className="gov-note">{id ? '改好后保存。' : '保存后是草稿，居民看不到；在开放日的页面上点“发布”后，居民才能报名。'}</Text>
      <EventFields form={form} admin={staff.role === 'DISTRICT_ADMIN' && !id} problems={check.errors} onChange={setForm} />
      <Problem text={check.problem || (submit.error && `没能保存：${submit.error.message}`)} />
      <SendAction busy={submit.busy} busyText="正在保存……" onClick={save}>
        {id ? '保存修改' : '保存为草稿'}
      </SendAction>
    </View>
  );
}

/** 新建开放日 / 修改开放日 (开放日管理): the holding department writes an open day. */
export default function EventEditPage() {
  const id = routeParam(useRouter().params, 'id');
  return (
    <Screen label={id ? '修改开放日' : '新建开放日'} wide>
      <Heading level={1}>{id ? '修改开放日' : '新建开放日'}</Heading>
      <StaffOnly why="这是各部门工作人员安排政府开放日用的。请先用工作人员账号登录。">
        {(token) => <SignedInStaff token={token}>{(staff) => <EventEditor staff={staff} id={id} />}</SignedInStaff>}
      </StaffOnly>
    </Screen>
  );
}
