import { calendarFile, escapeText, foldLine } from './calendar';
import { newEvent, type EventDetails } from './event-model';

const details: EventDetails = {
  theme: '民生保障',
  title: '养老服务补贴政策开放日；欢迎参加, 现场答疑',
  description: '第一行\n第二行：反斜杠 \\ 也要转义。'.repeat(3),
  agenda: [{ time: '09:30', item: '参观' }],
  officials: [{ name: '李明', position: '区民政局副局长' }],
  startsAt: '2026-06-01T01:30:00.000Z',
  endsAt: '2026-06-01T04:00:00.000Z',
  venue: { address: '示例区人民路 1 号, 区民政局; 一楼会议室', latitude: 29.0794, longitude: 119.6474 },
  liveUrl: null,
  capacity: 30,
  signUpOpensAt: '2026-05-01T00:00:00.000Z',
  signUpClosesAt: '2026-05-31T00:00:00.000Z',
  selectionMode: 'FIRST_COME',
};
const event = { ...newEvent('0123456789ab', '区民政局', details, '2026-05-01T00:00:00.000Z'), status: 'OPEN' as const };

/** RFC 5545 §3.1: remove CRLF followed by one space or tab. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const unescape = (value: string) => value.replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1');

describe('the calendar file', () => {
  const ics = calendarFile(event);
  const lines = unfold(ics).split('\r\n');
  const property = (name: string) => lines.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))?.replace(/^[^:]*:/, '');

  it('is a VCALENDAR with one VEVENT and the required properties, CRLF throughout', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(1);
    expect(property('UID')).toBe('event-0123456789ab@govopen');
    expect(property('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('gives start and end in UTC (09:30–12:00 Beijing time)', () => {
    expect(property('DTSTART')).toBe('20260601T013000Z');
    expect(property('DTEND')).toBe('20260601T040000Z');
  });

  it('escapes commas, semicolons, backslashes and line breaks, and reads back the same text', () => {
    expect(property('SUMMARY')).toBe('养老服务补贴政策开放日\\；欢迎参加\\, 现场答疑'.replace('\\；', '；'));
    expect(unescape(property('SUMMARY')!)).toBe(details.title);
    expect(unescape(property('LOCATION')!)).toBe(details.venue!.address);
    expect(unescape(property('DESCRIPTION')!)).toContain(details.description);
    expect(property('GEO')).toBe('29.079400;119.647400');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const long = `DESCRIPTION:${'开放日'.repeat(40)}`;
    const folded = foldLine(long);
    expect(unfold(folded)).toBe(long);
    expect(folded.split('\r\n').every((part) => !part.includes('\uFFFD') && Buffer.byteLength(part) <= 75)).toBe(true);
  });

  it('escapes per RFC 5545 §3.3.11', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('says an online event is online and a cancelled one is cancelled', () => {
    const online = calendarFile({ ...event, venue: null, liveUrl: 'https://live.example.com/1', status: 'CANCELLED' });
    expect(unfold(online)).toContain('LOCATION:线上直播 https://live.example.com/1');
    expect(online).toContain('STATUS:CANCELLED');
  });
});
