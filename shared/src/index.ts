export * from './chinese';
export * from './policy';
export * from './policy-validation';
