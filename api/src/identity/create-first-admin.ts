import { parseArgs } from 'node:util';
import { createApp } from '../app';
import { configFromEnv } from '../core/config';
import { createFirstAdmin } from './bootstrap-staff';
import { staffPasswordSchema, usernameSchema } from './identity-resolvers';

// The first district admin of a deployment, without a password in any environment variable, command
// line, file or log:
//   TABLE_NAME=<TableName output> AWS_REGION=<region> npm run create-admin -- --username <name>
// It asks for the password twice (hidden on a terminal; the first two lines of standard input
// otherwise), writes the account straight to the table with the operator's own AWS credentials, once
// (it refuses when any staff account exists), and prints nothing secret. Outside AWS,
// DYNAMODB_ENDPOINT points it at DynamoDB Local.

/** Reads a line from the terminal without showing it. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return (finish(), resolve(typed));
        if (char === '\u0003') return (finish(), reject(new Error('cancelled')));
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    process.stderr.write(prompt);
    input.setEncoding('utf8');
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

async function readPasswords(): Promise<[string, string]> {
  if (process.stdin.isTTY) return [await askHidden('Password (at least 10 characters): '), await askHidden('The same password again: ')];
  let all = '';
  for await (const chunk of process.stdin) all += String(chunk);
  const [first = '', second = ''] = all.split(/\r?\n/u);
  return [first, second];
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { username: { type: 'string' } } });
  const username = usernameSchema.safeParse(values.username ?? '');
  if (!username.success) {
    console.error(`usage: npm run create-admin -- --username <name>\n${username.error.issues[0]?.message}`);
    return 1;
  }
  const [password, again] = await readPasswords();
  const valid = staffPasswordSchema.safeParse(password);
  if (!valid.success) {
    console.error(valid.error.issues[0]?.message);
    return 1;
  }
  if (password !== again) {
    console.error('The two passwords differ; nothing was created.');
    return 1;
  }
  // The command is no server: it signs no sessions, so it needs no session secret.
  const app = createApp(configFromEnv({ ...process.env, NODE_ENV: undefined, LOG_LEVEL: 'silent' }));
  try {
    const outcome = await createFirstAdmin(app, { username: username.data, password }, 'create-admin');
    if (outcome === 'skipped') {
      console.error(`Table ${app.config.tableName} already has staff accounts: the first admin is created only once. Nothing was changed.`);
      return 1;
    }
    console.log(`Created the district admin "${username.data}" (${app.config.districtOffice}) in table ${app.config.tableName}. Sign in with that name and the password you typed.`);
    return 0;
  } finally {
    app.dynamo.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
