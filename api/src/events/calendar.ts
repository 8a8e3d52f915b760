import type { StoredEvent } from './event-model';

// An open day as an iCalendar file (RFC 5545), for "add to calendar". Times are in UTC (the `Z` form),
// which every calendar shows in the reader's own zone; text is escaped and lines folded at 75 octets
// without splitting a UTF-8 character.

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/gu, '\\\\')
    .replace(/;/gu, '\\;')
    .replace(/,/gu, '\\,')
    .replace(/\r\n?|\n/gu, '\\n');
}

/** Splits a content line into lines of at most 75 octets, continuation lines starting with a space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 2026-06-01T01:30:00.000Z → 20260601T013000Z */
const utcStamp = (instant: string) => new Date(instant).toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');

export function calendarFile(event: StoredEvent, productHost = 'govopen'): string {
  const location = event.venue?.address ?? (event.liveUrl ? `线上直播 ${event.liveUrl}` : '');
  const agenda = event.agenda.map((a) => (a.time ? `${a.time} ${a.item}` : a.item)).join('\n');
  const officials = event.officials.map((o) => `${o.position} ${o.name}`).join('、');
  const description = [
    event.description,
    agenda ? `议程：\n${agenda}` : '',
    officials ? `到场答复：${officials}` : '',
    event.liveUrl ? `直播：${event.liveUrl}` : '',
    `主办：${event.department}`,
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//GovOpen//政府开放日//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:event-${event.id}@${productHost}`,
    `DTSTAMP:${utcStamp(event.updatedAt)}`,
    `DTSTART:${utcStamp(event.startsAt)}`,
    `DTEND:${utcStamp(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(event.venue ? [`GEO:${event.venue.latitude.toFixed(6)};${event.venue.longitude.toFixed(6)}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    ...(event.liveUrl ? [`URL:${event.liveUrl}`] : []),
    `ORGANIZER;CN=${quoteParameter(event.department)}:mailto:noreply@${productHost}.invalid`,
    `STATUS:${event.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SEQUENCE:${event.version}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`明天：${event.title}`)}`,
    'TRIGGER:-P1D',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Parameter values with characters that need it are quoted; quotes themselves cannot appear (§3.2). */
function quoteParameter(value: string): string {
  const clean = value.replace(/["\r\n]/gu, '');
  return /[;:,]/u.test(clean) ? `"${clean}"` : clean;
}
