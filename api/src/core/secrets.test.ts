import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { withResolvedSecrets } from './secrets';

// Secrets Manager itself is AWS's, not ours: a stand-in client records what it was asked.
const secretsManager = (value: string | undefined) => {
  const asked: string[] = [];
  return {
    asked,
    send: async (command: GetSecretValueCommand) => {
      asked.push(String(command.input.SecretId));
      return { SecretString: value };
    },
  };
};

it('reads the session secret from Secrets Manager when only its ARN is configured', async () => {
  const client = secretsManager('a-secret-long-enough-for-production-use');
  const env = await withResolvedSecrets({ SESSION_SECRET_ARN: 'arn:aws-cn:secretsmanager:cn-north-1:1:secret:govopen' }, client as never);
  expect(env.SESSION_SECRET).toBe('a-secret-long-enough-for-production-use');
  expect(client.asked).toEqual(['arn:aws-cn:secretsmanager:cn-north-1:1:secret:govopen']);
});

it('leaves a directly set secret alone and asks nobody', async () => {
  const client = secretsManager('other');
  expect((await withResolvedSecrets({ SESSION_SECRET: 'set', SESSION_SECRET_ARN: 'arn' }, client as never)).SESSION_SECRET).toBe('set');
  expect(client.asked).toEqual([]);
});

it('refuses a secret without a value', async () => {
  await expect(withResolvedSecrets({ SESSION_SECRET_ARN: 'arn' }, secretsManager(undefined) as never)).rejects.toThrow('has no string value');
});

it("reads the WeChat mini-program's app secret the same way, both secrets at once", async () => {
  const client = secretsManager('the-secret-value');
  const env = await withResolvedSecrets({ SESSION_SECRET_ARN: 'arn:session', WECHAT_APP_SECRET_ARN: 'arn:wechat', WECHAT_APP_ID: 'wx123' }, client as never);
  expect(env).toMatchObject({ SESSION_SECRET: 'the-secret-value', WECHAT_APP_SECRET: 'the-secret-value', WECHAT_APP_ID: 'wx123' });
  expect(client.asked.sort()).toEqual(['arn:session', 'arn:wechat']);
});
