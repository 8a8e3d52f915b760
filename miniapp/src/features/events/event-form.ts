import type { EventInput, EventToEditQuery, SelectionMode } from '../../generated/operations';
import { beijingInstant, beijingTime } from '../../lib/format';

// An open day as the staff form holds it (pages/events/edit): dates and times picked apart, numbers
// as typed; sent as EventInput to createEvent / updateEvent, which check everything again.

export type EventForm = {
  /** District admins: the holding department ('' : the district office); editors always their own. */
  department: string;
  theme: string;
  title: string;
  description: string;
  day: string;
  startTime: string;
  endTime: string;
  address: string;
  latitude: string;
  longitude: string;
  liveUrl: string;
  capacity: string;
  closesDay: string;
  closesTime: string;
  selectionMode: SelectionMode;
  /** 议程: rows as typed; a row left empty is not sent. */
  agenda: AgendaRow[];
  /** 出席领导/工作人员 who answer residents' questions; a row left empty is not sent. */
  officials: OfficialRow[];
};

/** One agenda row: a time (HH:MM, may be left empty) and what happens. */
export type AgendaRow = { time: string; item: string };
export type OfficialRow = { name: string; position: string };

export const emptyAgendaRow = (): AgendaRow => ({ time: '', item: '' });
export const emptyOfficialRow = (): OfficialRow => ({ name: '', position: '' });

/** The API's limits, said under the fields. */
export const EVENT_LIMITS = { theme: 20, title: 60, description: 2000, address: 100, url: 300, agendaItem: 200, agendaRows: 30, officialName: 40, officialPosition: 60, officials: 20 } as const;

export const SELECTION_WORDS: Record<SelectionMode, string> = {
  FIRST_COME: '先到先得（报满为止，之后候补）',
  DRAW: '公开抽签（报名截止后抽签）',
};

export const emptyEventForm = (): EventForm => ({
  department: '',
  theme: '',
  title: '',
  description: '',
  day: '',
  startTime: '09:00',
  endTime: '11:00',
  address: '',
  latitude: '',
  longitude: '',
  liveUrl: '',
  capacity: '',
  closesDay: '',
  closesTime: '17:00',
  selectionMode: 'FIRST_COME',
  agenda: [],
  officials: [],
});

type Stored = NonNullable<EventToEditQuery['event']>;

const timeOf = (iso: string) => {
  const at = beijingTime(iso);
  return at ? `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}` : '';
};

/** The form filled from an open day as stored. */
export const eventFormOf = (event: Stored): EventForm => ({
  department: event.department,
  theme: event.theme,
  title: event.title,
  description: event.description,
  day: beijingTime(event.startsAt)?.date ?? '',
  startTime: timeOf(event.startsAt),
  endTime: timeOf(event.endsAt),
  address: event.venue?.address ?? '',
  latitude: event.venue ? String(event.venue.latitude) : '',
  longitude: event.venue ? String(event.venue.longitude) : '',
  liveUrl: event.liveUrl ?? '',
  capacity: String(event.capacity),
  closesDay: beijingTime(event.signUpClosesAt)?.date ?? '',
  closesTime: timeOf(event.signUpClosesAt),
  selectionMode: event.selectionMode,
  agenda: event.agenda.map(({ time, item }) => ({ time: time ?? '', item })),
  officials: event.officials.map(({ name, position }) => ({ name, position })),
});

type Field = keyof EventForm;
export type EventFormProblems = Partial<Record<Field, string>>;

const number = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

/** What must be mended before sending, per field, in words (the API says the rest). */
function eventFormProblems(form: EventForm): EventFormProblems {
  const problems: EventFormProblems = {};
  if (!form.theme.trim()) problems.theme = '请填写主题，如：民生保障。';
  if (!form.title.trim()) problems.title = '请填写开放日的名称。';
  if (!form.description.trim()) problems.description = '请写几句介绍：居民来了能看到什么、问什么。';
  if (!form.day) problems.day = '请选择开放日期。';
  if (form.startTime && form.endTime && form.endTime <= form.startTime) problems.endTime = '结束时间要晚于开始时间。';
  const seats = number(form.capacity);
  if (seats === null || !Number.isInteger(seats) || seats < 1) problems.capacity = '名额要写一个大于 0 的整数。';
  if (!form.closesDay) problems.closesDay = '请选择报名截止日期。';
  else if (form.day && `${form.closesDay} ${form.closesTime}` > `${form.day} ${form.startTime}`) problems.closesDay = '报名要在开放日开始前截止。';
  const place = form.address.trim() || form.latitude.trim() || form.longitude.trim();
  if (!place && !form.liveUrl.trim()) problems.address = '请填写地点，或者填写线上直播的网址。';
  if (place) {
    if (!form.address.trim()) problems.address = '请填写地点的地址。';
    const lat = number(form.latitude);
    const lng = number(form.longitude);
    if (lat === null || !(lat >= -90 && lat <= 90)) problems.latitude = '纬度要写 -90 到 90 之间的数，如 29.08。';
    if (lng === null || !(lng >= -180 && lng <= 180)) problems.longitude = '经度要写 -180 到 180 之间的数，如 119.65。';
  }
  const agendaRow = form.agenda.findIndex((row) => row.time !== '' && !row.item.trim());
  if (agendaRow >= 0) problems.agenda = `议程第 ${agendaRow + 1} 项写了时间，请写这时做什么。`;
  const official = form.officials.findIndex((row) => !row.name.trim() !== !row.position.trim());
  if (official >= 0) problems.officials = `第 ${official + 1} 位：姓名和职务都要写。`;
  return problems;
}

const orNull = (text: string) => text.trim() || null;

/** The form as the API takes it (once eventFormProblems finds nothing). */
const eventInputOf = (form: EventForm): EventInput => ({
  department: orNull(form.department),
  theme: form.theme.trim(),
  title: form.title.trim(),
  description: form.description.trim(),
  startsAt: beijingInstant(form.day, form.startTime),
  endsAt: beijingInstant(form.day, form.endTime),
  venue: form.address.trim() ? { address: form.address.trim(), latitude: Number(form.latitude), longitude: Number(form.longitude) } : null,
  liveUrl: orNull(form.liveUrl),
  capacity: Number(form.capacity.trim()),
  signUpClosesAt: beijingInstant(form.closesDay, form.closesTime),
  selectionMode: form.selectionMode,
  agenda: form.agenda.filter((row) => row.item.trim()).map((row) => ({ time: row.time || null, item: row.item.trim() })),
  officials: form.officials.filter((row) => row.name.trim()).map((row) => ({ name: row.name.trim(), position: row.position.trim() })),
});

/** The form's mistakes per field in words, and what to send when there are none (as checkProject). */
export function checkEvent(form: EventForm): { errors: EventFormProblems; input: EventInput | null } {
  const errors = eventFormProblems(form);
  return { errors, input: Object.keys(errors).length > 0 ? null : eventInputOf(form) };
}
