import type { App } from '../app';
import { batchLoader, singleLoader, type CoreParts } from '../core/context';
import { builtOnFirstUse } from '../core/lazy-load';
import { UNATTACHED_PHOTO_HOURS } from '../core/photo-storage';
import { consultationsFields } from '../generated/schema-fields';
import { onFirstUse } from '../resolvers';
import { CONSULTATION_NOTIFICATIONS } from './consultation-notifications';
import { createConsultationStore, type ConsultationStore } from './consultation-store';

/** What 咨询留言 adds to the app; app.ts assembles the features. */
export const consultationsFeature = {
  stores: ({ dynamo, audit }: CoreParts) => ({ consultations: builtOnFirstUse(() => createConsultationStore(dynamo, audit)) }),
  /** A list of questions reads each one's steps only when asked for, once per request. */
  loaders: ({ consultations }: { consultations: ConsultationStore }) => ({
    consultation: batchLoader((ids) => consultations.getMany(ids)),
    consultationSteps: singleLoader((id) => consultations.getSteps(id)),
  }),
  // Loaded by the first request about a question: most cold starts never need them.
  resolvers: [onFirstUse(consultationsFields, async () => [(await import('./consultation-resolvers')).consultationResolvers])],
  notifications: CONSULTATION_NOTIFICATIONS,
  /**
   * Photos a resident uploaded for a question never sent (a progress update's never posted too) are
   * removed a day on (core/photo-storage.ts UNATTACHED_PHOTO_HOURS): from the local disk here; in S3 the
   * bucket's lifecycle rule does it and this counts 0.
   */
  scheduled: {
    removeUnattachedPhotos: (app: App) => app.photos.removeUnattached(new Date(app.now().getTime() - UNATTACHED_PHOTO_HOURS * 3_600_000)),
  },
};
