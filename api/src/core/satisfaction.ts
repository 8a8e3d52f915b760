// 满意度: the one five-level scale of ratings (好差评), project evaluations and the open-day
// questionnaire (国办发〔2019〕51号: 非常满意, 满意, 基本满意, 不满意, 非常不满意).

export const SATISFACTION_LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];

export const SATISFACTION_LABELS: Readonly<Record<Satisfaction, string>> = Object.freeze({
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
});

/** The bottom two levels (a rating's 差评); the top three count as satisfied. */
export const isDissatisfied = (level: Satisfaction) => level === 'DISSATISFIED' || level === 'VERY_DISSATISFIED';

/** The level as a score, 非常满意 5 … 非常不满意 1, for averages. */
export const satisfactionScore = (level: Satisfaction) => SATISFACTION_LEVELS.length - SATISFACTION_LEVELS.indexOf(level);
