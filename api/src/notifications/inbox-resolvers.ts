import * as z from 'zod';
import { residentIdOf } from '../core/authorization';
import { notFound } from '../core/errors';
import { connectionOf } from '../core/items';
import { pageArgs, parseInput } from '../core/validation';
import type { Resolvers } from '../generated/resolvers';
import { MESSAGE_ID } from './inbox-store';
import { messageView } from './inbox-view';

// 我的消息 through the API: a resident reads their own messages only; opening one marks it read.

const residentPage = z.object(pageArgs);

export const inboxResolvers: Resolvers = {
  Query: {
    async myMessages(_root, args, context) {
      const residentId = residentIdOf(context.actor);
      const { first, after } = parseInput(residentPage, args);
      const page = await context.stores.inbox.page(residentId, { first, after: after ?? undefined });
      return connectionOf({ ...page, items: page.items.map(({ cursor, node }) => ({ cursor, node: messageView(node) })) });
    },
    unreadMessageCount: (_root, _args, context) => context.stores.inbox.unreadCount(residentIdOf(context.actor)),
  },
  Mutation: {
    async openMessage(_root, { id }, context) {
      const residentId = residentIdOf(context.actor);
      // Another resident's message, or none: the same answer, so ids cannot be probed.
      const opened = MESSAGE_ID.test(id) ? await context.stores.inbox.open(residentId, id) : null;
      if (!opened) throw notFound('没有找到这条消息。');
      return messageView(opened);
    },
  },
};
