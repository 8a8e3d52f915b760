export * from './chinese';
export * from './policy';
export * from './policy-validation';
export * from './masking';
export * from './sensitive-data';
export * from './open-day-themes';
export * from './written-date';
export * from './unicode-pattern';
