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
