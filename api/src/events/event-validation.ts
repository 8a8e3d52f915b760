import { MAINLAND_MOBILE, MOBILE_REFUSED, mobileDigits } from '@govopen/shared';
import * as z from 'zod';
import { SATISFACTION_LEVELS } from '../core/satisfaction';
import { decimalSchema, optionalKeyName, optionalText, requiredText } from '../core/validation';
import { MAX_EVENT_DAYS } from './open-day-rules';
import { SELECTION_MODES } from './event-model';

// What staff and residents type, checked with plain-Chinese messages (the first problem is shown
// next to its field; see core/validation).

/** An instant with its offset (2026-06-01T09:30:00+08:00 or …Z), stored in UTC. */
const instant = (label: string) =>
  z
    .string({ message: `请填写${label}。` })
    .pipe(z.iso.datetime({ offset: true, message: `${label}要写成 2026-06-01T09:30:00+08:00 这样的时间。` }))
    .transform((value) => new Date(value).toISOString());

const httpsUrl = z.string().trim().url('直播链接不正确。').max(500, '直播链接太长了。').startsWith('https://', '直播链接要以 https:// 开头。');

export const eventInputSchema = z
  .object({
    department: optionalKeyName('部门名称', 60),
    theme: requiredText('主题', 20),
    title: requiredText('标题', 100),
    description: requiredText('活动介绍', 5000),
    agenda: z
      .array(
        z.object({
          time: z
            .string()
            .trim()
            .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, '议程时间要写成 09:30 这样。')
            .nullish()
            .transform((value) => value ?? null),
          item: requiredText('议程内容', 200),
        }),
      )
      .max(30, '议程最多 30 项。')
      .nullish()
      .transform((value) => value ?? []),
    officials: z
      .array(z.object({ name: requiredText('出席人员的姓名', 40), position: requiredText('出席人员的职务', 60) }))
      .max(20, '出席的领导和工作人员最多填 20 位。')
      .nullish()
      .transform((value) => value ?? []),
    startsAt: instant('开始时间'),
    endsAt: instant('结束时间'),
    venue: z
      .object({
        address: requiredText('活动地址', 200),
        latitude: decimalSchema('请在地图上选好活动地点。', '纬度不正确。').min(-90, '纬度不正确。').max(90, '纬度不正确。'),
        longitude: decimalSchema('请在地图上选好活动地点。', '经度不正确。').min(-180, '经度不正确。').max(180, '经度不正确。'),
      })
      .nullish()
      .transform((value) => value ?? null),
    liveUrl: httpsUrl.nullish().transform((value) => value ?? null),
    capacity: z
      .number({ message: '请填写名额。' })
      .int('名额要是整数。')
      .min(1, '名额至少 1 人。')
      .max(10_000, '名额不能超过 10000 人。'),
    signUpOpensAt: instant('报名开始时间').nullish(),
    signUpClosesAt: instant('报名截止时间'),
    selectionMode: z.enum(SELECTION_MODES, { message: '请选择报名方式：先到先得或抽签。' }),
  })
  .superRefine((input, ctx) => {
    if (!input.venue && !input.liveUrl) ctx.addIssue({ code: 'custom', path: ['venue'], message: '请填写活动地点，线上活动请填写直播链接。' });
    if (input.endsAt <= input.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束时间要晚于开始时间。' });
    if (Date.parse(input.endsAt) - Date.parse(input.startsAt) > MAX_EVENT_DAYS * 86_400_000) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `一场开放日最长 ${MAX_EVENT_DAYS} 天，更长的请分成几场。` });
    }
    if (input.signUpClosesAt > input.startsAt) ctx.addIssue({ code: 'custom', path: ['signUpClosesAt'], message: '报名截止时间不能晚于开始时间。' });
    if (input.signUpOpensAt && input.signUpOpensAt >= input.signUpClosesAt) {
      ctx.addIssue({ code: 'custom', path: ['signUpOpensAt'], message: '报名开始时间要早于截止时间。' });
    }
  });

export type EventInputData = z.output<typeof eventInputSchema>;

/** A mainland mobile number, written however people write it (+86, spaces, dashes), stored as 11 digits. */
const mainlandMobile = z
  .string({ message: '请填写手机号。' })
  .transform(mobileDigits)
  .pipe(z.string().regex(MAINLAND_MOBILE, MOBILE_REFUSED));

export const registrationInputSchema = z.object({
  name: z
    .string({ message: '请填写姓名。' })
    .trim()
    .min(2, '请填写真实姓名（至少 2 个字）。')
    .max(30, '姓名不能超过 30 个字。')
    .regex(/^[\p{L}·•.\s]+$/u, '姓名只能写文字，不能有数字或符号。'),
  phone: mainlandMobile,
  questions: optionalText('想提的问题', 500),
});

export const feedbackInputSchema = z.object({
  satisfaction: z.enum(SATISFACTION_LEVELS, { message: '请选择满意程度。' }),
  useful: optionalText('“哪些内容有用”', 1000),
  suggestions: optionalText('意见建议', 1000),
});

export const summaryInputSchema = z.object({
  raised: requiredText('群众提出的意见', 5000),
  adopted: z
    .array(z.object({ suggestion: requiredText('意见', 500), response: requiredText('答复', 1000), adopted: z.boolean({ message: '请说明是否采纳。' }) }))
    .max(100, '采纳情况最多 100 条。'),
});

export const cancelReasonSchema = optionalText('取消原因', 200);
