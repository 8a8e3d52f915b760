export * from './chinese';
export * from './policy';
