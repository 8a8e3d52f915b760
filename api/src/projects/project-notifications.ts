import type { AppContext } from '../core/context';
import { notifySafely, type NotificationMessage } from '../events/notifier';
import type { StoredProject, StoredUpdate } from './project-model';

// Followers of a project (and of its parent, for a child project's update) are told of each new
// timeline entry through GovOpen's one notifier (events/notifier.ts: the outbox or WeChat subscribe
// messages, by NOTIFIER): one message per follower per entry. The caller sends only for an entry it
// has just created, so a repeated post (a double tap) tells no one twice. A failed send is logged and
// never undoes the update.

const AT_ONCE = 10;
const PREVIEW_CHARS = 20;

/** The mini-app page a message opens. */
export const projectPage = (projectId: string) => `pages/projects/detail/index?id=${projectId}`;

export async function notifyFollowers(context: Pick<AppContext, 'stores' | 'notifier' | 'log'>, project: StoredProject, update: StoredUpdate): Promise<number> {
  const sources = [project.id, ...(project.parentId ? [project.parentId] : [])];
  const followers = [...new Set((await Promise.all(sources.map((id) => context.stores.projects.followers(id)))).flat())];
  const chars = Array.from(update.text);
  const data = {
    title: project.title,
    date: update.date,
    text: chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS - 1).join('')}…` : update.text,
  };
  let sent = 0;
  for (let start = 0; start < followers.length; start += AT_ONCE) {
    const batch = followers.slice(start, start + AT_ONCE).map((residentId) => {
      const message: NotificationMessage = { residentId, template: 'PROJECT_UPDATED', data, page: projectPage(project.id) };
      return notifySafely(context.notifier, context.log, message);
    });
    sent += (await Promise.all(batch)).filter(Boolean).length;
  }
  return sent;
}
