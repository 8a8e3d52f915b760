import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * On AWS the secrets live in Secrets Manager and the Lambda gets only their ARNs (NAME_ARN), so
 * no value appears in the template or the function's settings. Each is read once, at cold start.
 */
export const SECRETS_FROM_ARNS = Object.freeze(['SESSION_SECRET', 'WECHAT_APP_SECRET'] as const);

/**
 * Returns the environment with each secret of SECRETS_FROM_ARNS filled in from its `<NAME>_ARN`,
 * all read at once; a value already set wins. The Secrets Manager client is loaded only when a
 * secret is to be read (never by the local server), so it is no part of a cold start's bundle.
 */
export async function withResolvedSecrets(env: NodeJS.ProcessEnv, givenClient?: Pick<SecretsManagerClient, 'send'>): Promise<NodeJS.ProcessEnv> {
  const wanted = SECRETS_FROM_ARNS.filter((name) => !env[name] && env[`${name}_ARN`]);
  if (wanted.length === 0) return env;
  const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  const client = givenClient ?? new SecretsManagerClient({});
  const values = await Promise.all(
    wanted.map(async (name) => {
      const arn = env[`${name}_ARN`]!;
      const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
      if (!SecretString) throw new Error(`secret ${arn} has no string value`);
      return [name, SecretString] as const;
    }),
  );
  return { ...env, ...Object.fromEntries(values) };
}
