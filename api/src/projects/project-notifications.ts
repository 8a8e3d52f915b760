import type { App } from '../app';
import { notifyEach, type NotificationTemplates } from '../notifications/notifier';
import type { StoredProject, StoredUpdate } from './project-model';

// Followers of a project (and of its parent, for a child project's update) are told of each new
// timeline entry through GovOpen's one notifier (notifications/: the outbox or WeChat subscribe
// messages, by NOTIFIER): one message per follower per entry. The caller sends only for an entry it
// has just created, so a repeated post (a double tap) tells no one twice. A failed send is logged and
// never undoes the update.

const AT_ONCE = 10;
const PREVIEW_CHARS = 20;

/** What projects tell their followers, and the WeChat template keys each message fills. */
export const PROJECT_NOTIFICATIONS = {
  /** A project the resident follows has a new timeline entry: its date and the start of its text. */
  PROJECT_UPDATED: { thing1: 'title', date2: 'date', thing3: 'text' },
} as const satisfies NotificationTemplates;

export async function notifyFollowers(context: Pick<App, 'stores' | 'notifier' | 'log'>, project: StoredProject, update: StoredUpdate): Promise<number> {
  const sources = [project.id, ...(project.parentId ? [project.parentId] : [])];
  const followers = [...new Set((await Promise.all(sources.map((id) => context.stores.projects.followers(id)))).flat())];
  const chars = Array.from(update.text);
  const data = {
    title: project.title,
    date: update.date,
    text: chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS - 1).join('')}…` : update.text,
  };
  const messages = followers.map((residentId) => ({ residentId, template: 'PROJECT_UPDATED', data, page: `pages/projects/detail/index?id=${project.id}` }));
  return (await notifyEach(context.notifier, context.log, messages, AT_ONCE)).filter(Boolean).length;
}
