import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');

export interface RunningGovOpen {
  base: string;
  dynamoEndpoint: string;
  process: ChildProcess;
  output(): string;
  /** Sends SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Runs `npm start` itself as a separate process, on free ports, and waits for its URLs: a stop
 * signals npm, as an operator's Ctrl-C or service manager would.
 */
export async function startGovOpen(env: Record<string, string> = {}, timeoutMs = 60_000): Promise<RunningGovOpen> {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', DYNAMODB_PORT: '0', LOG_LEVEL: 'warn', DYNAMODB_ENDPOINT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const deadline = Date.now() + timeoutMs;
  while (!/GraphQL\s+http:\/\/\S+\/graphql/.test(output)) {
    if (child.exitCode !== null) throw new Error(`GovOpen exited while starting:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`GovOpen did not start in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const base = /GraphQL\s+(http:\/\/\S+)\/graphql/.exec(output)![1]!;
  const dynamoEndpoint = /DynamoDB\s+\S+ at (http:\/\/\S+)/.exec(output)![1]!;
  return {
    base,
    dynamoEndpoint,
    process: child,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Ids of java processes running DynamoDB Local on a port (empty once it has stopped). */
export function dynamoLocalPids(endpoint: string): number[] {
  const port = new URL(endpoint).port;
  const listing = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return listing
    .split('\n')
    .filter((line) => line.includes('DynamoDBLocal') && line.includes(`-port ${port}`))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

export async function graphql<T = Record<string, unknown>>(base: string, query: string, variables?: Record<string, unknown>, token?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}

/** The answer's data; an error answer fails the test with what the API said. */
export async function graphqlData<T>(base: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { body } = await graphql<T>(base, query, variables, token);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A staff session (token and expiry, as the mini-app keeps it) for a username and password. */
export const staffLogin = async (base: string, who: { username: string; password: string }) =>
  (await graphqlData<{ staffLogin: { token: string; expiresAt: string } }>(base, 'mutation($u: String!, $p: String!) { staffLogin(username: $u, password: $p) { token expiresAt } }', { u: who.username, p: who.password })).staffLogin;

/**
 * A staff account a district admin (`adminToken`) creates, with `who.password` set by its owner in place of
 * the temporary one the system gave, as at their first sign-in; `who.password` then signs in.
 */
export async function createStaffAccount(base: string, adminToken: string, who: { username: string; password: string; displayName: string; role: 'DISTRICT_ADMIN' | 'DEPARTMENT_EDITOR'; department: string }) {
  const { password, ...input } = who;
  const { createStaff } = await graphqlData<{ createStaff: { temporaryPassword: string } }>(base, 'mutation($input: CreateStaffInput!) { createStaff(input: $input) { temporaryPassword } }', { input }, adminToken);
  await graphqlData(base, 'mutation($u: String!, $c: String!, $n: String!) { changeStaffPassword(username: $u, currentPassword: $c, newPassword: $n) { token } }', { u: who.username, c: createStaff.temporaryPassword, n: password });
}
