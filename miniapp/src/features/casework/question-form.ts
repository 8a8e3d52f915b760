import type { AskQuestionInput } from '../../generated/operations';
import { photoProblem } from '../../lib/photos';
import type { PickedPhoto } from '../../platform/photos';
import { MAINLAND_MOBILE, mobileDigits, OPTIONAL_MOBILE_REFUSED } from '@govopen/shared/src/mobile';

// 我要留言: the form's rules, the same as the API's (askSchema in api/src/consultations/consultation-resolvers.ts),
// so a mistake is said next to its field before anything is sent. The photos' keys are added once
// they are uploaded (pages/casework/ask).

export type QuestionForm = { department: string; topic: string; question: string; public: boolean; mobile: string; photos: PickedPhoto[] };
export type QuestionErrors = Partial<Record<keyof QuestionForm, string>>;

export const QUESTION_LIMITS = { topic: 30, question: 1000, photos: 3 } as const;

export function checkQuestion(form: QuestionForm): { errors: QuestionErrors; input: AskQuestionInput | null } {
  const errors: QuestionErrors = {};
  const question = form.question.trim();
  const mobile = mobileDigits(form.mobile);
  if (!question) errors.question = '请写下您想问的事。';
  else if (question.length > QUESTION_LIMITS.question) errors.question = `留言太长了，最多 ${QUESTION_LIMITS.question} 个字。`;
  if (mobile && !MAINLAND_MOBILE.test(mobile)) errors.mobile = OPTIONAL_MOBILE_REFUSED;
  const photoProblems = form.photos.map(photoProblem).filter(Boolean);
  if (form.photos.length > QUESTION_LIMITS.photos) errors.photos = `最多 ${QUESTION_LIMITS.photos} 张照片，请删掉多的。`;
  else if (photoProblems.length) errors.photos = '有照片不能用，请删掉它或换一张。';
  if (Object.keys(errors).length) return { errors, input: null };
  return {
    errors,
    input: { department: form.department.trim() || null, topic: form.topic.trim() || null, question, public: form.public, contactMobile: mobile || null },
  };
}
