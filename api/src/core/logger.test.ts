import { Writable } from 'node:stream';
import { createLogger, withLogScope } from './logger';

// What an operator reads in CloudWatch: one JSON object a line.

function captured() {
  const lines: Array<Record<string, any>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, log: createLogger('info', destination) };
}

it("tags every line logged inside an invocation's scope with its request ids, however deep the call, and no line outside", async () => {
  const { lines, log } = captured();
  log.info('before');
  await withLogScope({ requestId: 'inv-1', apiRequestId: 'api-1' }, async () => {
    log.info({ step: 1 }, 'inside');
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.warn('after an await');
  });
  await withLogScope({ requestId: 'inv-2' }, async () => log.info('second'));
  expect(lines.map(({ msg, requestId, apiRequestId }) => ({ msg, requestId, apiRequestId }))).toEqual([
    { msg: 'before', requestId: undefined, apiRequestId: undefined },
    { msg: 'inside', requestId: 'inv-1', apiRequestId: 'api-1' },
    { msg: 'after an await', requestId: 'inv-1', apiRequestId: 'api-1' },
    { msg: 'second', requestId: 'inv-2', apiRequestId: undefined },
  ]);
  expect(lines[1]).toMatchObject({ service: 'govopen-api', step: 1 });
});

it('makes each error line inside a scope one datum of the Errors metric, and nothing else a metric', async () => {
  const { lines, log } = captured();
  await withLogScope({ requestId: 'inv-1' }, async () => {
    log.warn('slow');
    log.error({ err: new Error('boom') }, 'unexpected error in a GraphQL request');
  });
  const [warning, error] = lines;
  expect(warning!._aws).toBeUndefined();
  expect(error).toMatchObject({ requestId: 'inv-1', service: 'govopen-api', Errors: 1 });
  expect(error!._aws).toEqual({ Timestamp: expect.any(Number), CloudWatchMetrics: [{ Namespace: 'GovOpen', Dimensions: [['service']], Metrics: [{ Name: 'Errors', Unit: 'Count' }] }] });
});

it("writes what the operators' queries read (level ≥ 50, err.message) and never throws on what it is given", () => {
  const lines: Array<Record<string, any>> = [];
  const log = createLogger('warn', { write: (line: string) => lines.push(JSON.parse(line)) });
  const looped: Record<string, unknown> = { name: 'loop' };
  looped.self = looped;
  log.info('below the level: not written');
  log.warn({ looped, count: 10n }, 'odd fields');
  log.error({ err: Object.assign(new Error('table gone', { cause: new Error('socket closed') }), { code: 'ResourceNotFound' }) }, 'store failed');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({ level: 40, msg: 'odd fields', looped: { name: 'loop', self: '[Circular]' }, count: '10' });
  expect(lines[1]).toMatchObject({ level: 50, msg: 'store failed', err: { type: 'Error', message: 'table gone', code: 'ResourceNotFound', cause: { message: 'socket closed' } } });
  expect(lines[1]!.err.stack).toContain('table gone');
  expect(typeof lines[1]!.time).toBe('number');
});
