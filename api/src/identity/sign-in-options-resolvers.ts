import type { Resolvers } from '../generated/resolvers';

/** The sign-in screens ask which ways in this deployment accepts; `dev:` codes are refused in production. */
export const signInOptionsResolvers: Resolvers = {
  Query: {
    signInOptions: (_root, _args, context) => ({ developmentSignIn: !context.config.production }),
  },
};
