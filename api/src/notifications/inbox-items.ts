import * as z from 'zod';
import { itemType, orNull } from '../core/item-type';

// How 我的消息 and the reach of publications sit in the table (see core/item-type.ts).

export const inboxEntryItem = itemType({
  name: 'message in 我的消息 (one per notification a resident received)',
  notes:
    'Written by the notifier with every message, before WeChat is asked; its id starts with the time it was sent, so the partition lists newest first. ' +
    '`readAt` is set once, when the resident opens it (with the unread counter, in one transaction). `forResident` marks a 亲友帮办 copy: the helper received it for the resident it names (masked). ' +
    '`overtaken` is set by the transaction of what later undid it (报名已取消), so an older message never reads as still true.',
  attributes: () => z.object({
    id: z.string(),
    residentId: z.string(),
    template: z.string(),
    data: z.record(z.string(), z.string()).default({}),
    page: orNull(z.string()),
    /** The publication it told the resident about (政策找人), counted in its reach. */
    publication: orNull(z.string()),
    forResident: orNull(z.string()),
    sentAt: z.string(),
    readAt: orNull(z.string()),
    /** What happened since that this message no longer tells truly, in words (报名已取消). */
    overtaken: orNull(z.string()),
  }),
  keys: { pk: 'INBOX#{residentId}', sk: 'MSG#{id}' },
});

export const unreadCountItem = itemType({
  name: "a resident's count of unread messages",
  notes: '`unread` changes only in the transaction that writes or opens a message, so the badge never drifts.',
  attributes: () => z.object({ residentId: z.string(), unread: z.number().default(0) }),
  keys: { pk: 'INBOX#{residentId}', sk: 'UNREAD' },
});

export const reachItem = itemType({
  name: 'reach of one publication: residents told and residents who opened it (counts only)',
  notes: '`told` and `opened` change only in the transactions that write a resident\'s marker (below), so a retry never counts twice.',
  attributes: () => z.object({ publication: z.string(), told: z.number().default(0), opened: z.number().default(0) }),
  keys: { pk: 'REACH#{publication}', sk: 'REACH' },
});

export const reachMarkerItem = itemType({
  name: 'a resident told of one publication',
  notes: 'Written once (conditional put): the same publication never reaches a resident twice. `openedAt` set once. Never listed to anyone: reach shows counts only.',
  attributes: () => z.object({ publication: z.string(), residentId: z.string(), toldAt: z.string(), openedAt: orNull(z.string()) }),
  keys: { pk: 'REACH#{publication}', sk: 'TOLD#{residentId}' },
});
