import type { FamilyLinkFieldsFragment } from '../../generated/operations';
import { dateTimeInWords } from '../../lib/format';

// 亲友帮办 in words: the state of a link and each thing that happened on it, as its viewer reads them.

type Link = FamilyLinkFieldsFragment;

export function stateInWords(link: Link): string {
  const resident = link.role === 'RESIDENT';
  switch (link.state) {
    case 'INVITED':
      return `等亲友填写邀请码（${dateTimeInWords(link.codeExpiresAt)}前有效）`;
    case 'ACCEPTED':
      return resident ? '亲友已填写邀请码，等您确认' : '等亲友确认';
    case 'ACTIVE':
      return resident ? '已确认：亲友能收到您的提醒和答复，能帮您报名开放日' : '已确认：您能收到亲友的提醒和答复，能帮亲友报名开放日';
    default:
      return '已结束';
  }
}

const WHAT: Record<Link['activity'][number]['kind'], string> = {
  INVITED: '发出邀请',
  ACCEPTED: '填写邀请码',
  CONFIRMED: '确认',
  ENDED: '结束帮办',
  SIGNED_UP: '帮报名开放日',
};

/** One line per step: when, who (您 / 亲友), what. */
export function activityInWords(link: Link, step: Link['activity'][number]): string {
  const who = step.by === link.role ? '您' : '亲友';
  return `${dateTimeInWords(step.at)}  ${who}${WHAT[step.kind]}${step.detail ? `：${step.detail}` : ''}`;
}
