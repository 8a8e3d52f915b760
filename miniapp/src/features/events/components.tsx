import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Action } from '../../components/Action';
import { LinkCard } from '../../components/LinkCard';
import { Said } from '../../components/Messages';
import type { EventCardFieldsFragment } from '../../generated/operations';
import { openPage, ROUTES } from '../../lib/navigation';
import { beijingMonth, placeInWords, seatsInWords, signUpInWords, whenInWords } from './format';
import { Picture } from '../../components/Picture';
import { hasDownloads } from '../../platform';
import { askForMessages, templateIdsOf, type MessageName } from '../../platform/messages';
import { saveCalendar } from '../../platform/files';
import { svgDataUrl } from '../../lib/qr-image';

/** One open day in a list: what, who holds it, when, where, and the seats in words. The whole card opens it. */
export function EventCard({ event, now }: { event: EventCardFieldsFragment; now?: Date }) {
  const signUp = signUpInWords(event, now);
  return (
    <LinkCard
      title={event.title}
      lines={[
        `主题：${event.theme}`,
        `主办：${event.department}`,
        `时间：${whenInWords(event.startsAt, event.endsAt, now)}`,
        `地点：${placeInWords(event)}`,
        `名额：${seatsInWords(event)}`,
        !event.signUpOpen && `报名：${signUp}`,
      ]}
      onClick={() => openPage(ROUTES.eventDetail, { id: event.id })}
    />
  );
}

/** The check-in code, large, and as a QR code for the staff member's scanner. */
export function CheckInCode({ code, qrSvg }: { code: string; qrSvg: string | null | undefined }) {
  const qr = svgDataUrl(qrSvg);
  const alt = `签到二维码，签到码 ${code}`;
  return (
    <View className="event-code" role="group" aria-label="签到码">
      <Text className="event-code__label">签到码（到场时给工作人员看）</Text>
      <Text className="event-code__value" userSelect>
        {code}
      </Text>
      {qr && (
        <Picture className="event-code__qr" src={qr} mode="aspectFit" alt={alt} />
      )}
    </View>
  );
}

/** The messages 开放日前提醒我 asks for: the day-before reminder, a seat freed for them, the open day called off. */
const REMINDERS: MessageName[] = ['EVENT_REMINDER', 'EVENT_PROMOTED', 'EVENT_CANCELLED'];

const REMINDER_WORDS = {
  accepted: '好的，开放日前一天会通过微信提醒您；有人取消、轮到您时也会告诉您。',
  declined: '您没有同意接收提醒，请记好开放日的时间。',
  failed: '没能打开微信的提醒设置，请记好开放日的时间。',
  'not-asked': '没能打开微信的提醒设置，请记好开放日的时间。',
} as const;

/**
 * 加入日历: on H5 the event's calendar file (.ics) is saved; on weapp WeChat is asked, after this tap,
 * to allow the reminder messages (only when their template ids were set at build time).
 */
export function CalendarAction({ event }: { event: { title: string; startsAt: string; calendarFile: string } }) {
  const [said, setSaid] = useState('');
  const weapp = !hasDownloads();
  if (weapp && !templateIdsOf(REMINDERS).length) return null;
  const fileName = `开放日-${beijingMonth(event.startsAt)}-${event.title.replace(/[\\/:*?"<>|（）()\s]/gu, '').slice(0, 20)}.ics`;
  const act = weapp
    ? () => void askForMessages(REMINDERS).then((outcome) => setSaid(REMINDER_WORDS[outcome]))
    : () =>
        setSaid(
          saveCalendar(event.calendarFile, fileName)
            ? '日历文件已保存。打开它，就能把开放日加入手机或电脑的日历。'
            : '这里没法保存日历文件，请记好开放日的时间。',
        );
  return (
    <View className="event-actions">
      <Action kind="plain" onClick={act}>
        {weapp ? '开放日前提醒我' : '加入日历'}
      </Action>
      <Said text={said} />
    </View>
  );
}
