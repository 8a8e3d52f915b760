import { transact } from '../core/transactions';
import type { EventFeedback, StoredRegistration } from './event-model';
import { OPEN_DAY_WRITES, type OpenDayTable } from './open-day-table';

/** Stores an attendee's questionnaire once, marking the registration; a second call gets the first back. */
export async function submitQuestionnaire(table: OpenDayTable, registration: StoredRegistration, feedback: EventFeedback) {
  const { eventId, residentId } = registration;
  const outcome = await transact(
    table.dynamo,
    [
      table.questionnaires.put({ ...feedback, eventId, residentId }, { if: 'attribute_not_exists(pk)' }),
      table.registrations.update({ eventId, residentId }, 'SET feedbackAt = :at', { values: { ':at': feedback.submittedAt } }),
    ],
    OPEN_DAY_WRITES,
  );
  if (outcome.ok) return { feedback, created: true };
  const first = await table.questionnaires.get({ eventId, residentId }, true);
  if (!first) throw new Error(`the questionnaire of ${registration.id} was refused but is not there`);
  return { feedback: first, created: false };
}

export const listQuestionnaires = (table: OpenDayTable, eventId: string): Promise<EventFeedback[]> => table.questionnaires.query({ where: { eventId }, consistent: true });
