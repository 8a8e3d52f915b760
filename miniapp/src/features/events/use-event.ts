import { request } from '../../api/request';
import { EventDetailDocument } from '../../generated/operations';
import { useLiveSession } from '../../hooks/use-live-session';
import { useRemote } from '../../hooks/use-remote';
import { useReturnVisits } from '../../hooks/use-return-visits';

/**
 * One open day with the signed-in resident's registration, read again after signing in and whenever
 * the page is shown again (after signing up or cancelling elsewhere).
 */
export function useEvent(id: string) {
  const { session } = useLiveSession();
  const visits = useReturnVisits();
  const event = useRemote(() => request(EventDetailDocument, { id }).then((data) => data.event), `${id}|${session?.token ?? ''}|${visits}`);
  return { event, signedIn: Boolean(session) };
}
