import { consultationWork } from '../consultations/consultation-work';
import { openDayWork } from '../events/event-work';
import { informationRequestWork } from '../information-requests/request-work';
import { delayReasonWork, proposalWork } from '../projects/project-work';
import { ratingWork } from '../ratings/rating-work';
import type { WorkCounter } from './work-counts';

/** Every feature's figures, in the order the 工作台 shows them (most urgent work first). */
export const WORK_COUNTERS: readonly WorkCounter[] = [ratingWork, consultationWork, informationRequestWork, delayReasonWork, openDayWork, proposalWork];
