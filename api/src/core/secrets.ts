import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * On AWS the session secret lives in Secrets Manager and the Lambda gets only its ARN
 * (SESSION_SECRET_ARN), so the value never appears in the template or the function's settings.
 * Returns the environment with SESSION_SECRET filled in; a SESSION_SECRET already set wins.
 */
export async function withResolvedSecrets(env: NodeJS.ProcessEnv, client: Pick<SecretsManagerClient, 'send'> = new SecretsManagerClient({})): Promise<NodeJS.ProcessEnv> {
  if (env.SESSION_SECRET || !env.SESSION_SECRET_ARN) return env;
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: env.SESSION_SECRET_ARN }));
  if (!SecretString) throw new Error(`secret ${env.SESSION_SECRET_ARN} has no string value`);
  return { ...env, SESSION_SECRET: SecretString };
}
