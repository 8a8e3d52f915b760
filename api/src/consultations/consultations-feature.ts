import { batchLoader, singleLoader, type CoreParts } from '../core/context';
import { consultationsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { CONSULTATION_NOTIFICATIONS } from './consultation-notifications';
import { createConsultationStore, type ConsultationStore } from './consultation-store';

/** What 咨询留言 adds to the app; app.ts assembles the features. */
export const consultationsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ consultations: createConsultationStore(dynamo, audit) }),
  /** A list of questions reads each one's steps only when asked for, once per request. */
  loaders: ({ consultations }: { consultations: ConsultationStore }) => ({
    consultation: batchLoader((ids) => consultations.getMany(ids)),
    consultationSteps: singleLoader((id) => consultations.getSteps(id)),
  }),
  // Loaded by the first request about a question: most cold starts never need them.
  resolvers: [onFirstUse(consultationsFields, async () => [(await import('./consultation-resolvers')).consultationResolvers])],
  notifications: CONSULTATION_NOTIFICATIONS,
};
