import { batchLoader, singleLoader, type CoreParts } from '../core/context';
import { CONSULTATION_NOTIFICATIONS } from './consultation-notifications';
import { consultationResolvers } from './consultation-resolvers';
import { createConsultationStore, type ConsultationStore } from './consultation-store';

/** What 咨询留言 adds to the app; app.ts assembles the features. */
export const consultationsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ consultations: createConsultationStore(dynamo, audit) }),
  /** A list of questions reads each one's steps only when asked for, once per request. */
  loaders: ({ consultations }: { consultations: ConsultationStore }) => ({
    consultation: batchLoader((ids) => consultations.getMany(ids)),
    consultationSteps: singleLoader((id) => consultations.getSteps(id)),
  }),
  resolvers: [consultationResolvers],
  notifications: CONSULTATION_NOTIFICATIONS,
};
