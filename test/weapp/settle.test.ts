import { operationHashes } from '../../miniapp/src/generated/operation-hashes';
import { startSuite, type Suite } from './support/suite';

// The suite's own waiting (support/mini-program.ts): a test that acts on what settle() hands back
// must see the page as the resident does once it has loaded, not a moment before.

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => suite?.close());

it('after 返回, settle() hands back the page below once the reload its return started has come back', async () => {
  const program = suite.launch({ path: 'pages/mine/index/index' });
  const mine = await program.settle();
  mine.tap(await mine.findByRole('button', { name: '登录' }));
  await mine.findByText('已登录');
  program.open('pages/messages/family/index');
  await program.settle('pages/messages/family/index');
  program.open('pages/policy/browse/index');
  await program.settle('pages/policy/browse/index');
  const loads = () => program.wx.requests.sent.filter(({ body }) => JSON.stringify(body).includes(operationHashes.MyFamilyLinks!)).length;
  expect(loads()).toBe(1);

  program.back();
  // Nothing waited for but settle(): before, it answered at once, with the page as it was before
  // its reload had even been asked for.
  const family = await program.settle('pages/messages/family/index');
  expect(loads()).toBe(2);
  expect(program.wx.requests.inFlight).toBe(0);
  expect(family.queryByText('还没有亲友帮办。')).toBeDefined();
  expect(program.problems()).toEqual([]);
});
