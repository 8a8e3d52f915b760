import { createTestApi, type TestApi } from '../../../test/support/test-app';
import { demoEvents, loadDemoEvents } from '../demo/demo-events';
import { refuseUnmaskedData } from '../core/validation';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('the demo open days', () => {
  it('load into an empty store once, upcoming, marked as examples, from different departments and themes', async () => {
    expect(await loadDemoEvents(api.app)).toBe(4);
    expect(await loadDemoEvents(api.app)).toBe(0);
    const list = await api.run<{ events: { edges: Array<{ node: { title: string; department: string; theme: string; selectionMode: string; online: boolean; demo: boolean; status: string; signUpOpen: boolean } }> } }>(
      `{ events(first: 20) { edges { node { title department theme selectionMode online demo status signUpOpen } } } }`,
    );
    const nodes = list.data!.events.edges.map((e) => e.node);
    expect(nodes.length).toBe(4);
    expect(nodes.every((n) => n.demo && n.title.startsWith('（示例）') && n.status === 'OPEN' && n.signUpOpen)).toBe(true);
    expect(new Set(nodes.map((n) => n.department)).size).toBe(4);
    expect(new Set(nodes.map((n) => n.theme))).toEqual(new Set(['民生保障', '教育医疗', '营商环境', '征收拆迁']));
    expect(nodes.some((n) => n.selectionMode === 'DRAW')).toBe(true);
    expect(nodes.some((n) => n.selectionMode === 'FIRST_COME' && !n.online)).toBe(true);
    expect(nodes.some((n) => n.online)).toBe(true);
  });

  it('start in the future whatever day they are loaded, and publish no private data', () => {
    for (const now of [new Date('2026-12-31T20:00:00Z'), new Date()]) {
      for (const event of demoEvents(now)) {
        expect(event.signUpOpensAt < event.signUpClosesAt && event.signUpClosesAt <= event.startsAt && event.startsAt < event.endsAt).toBe(true);
        expect(event.startsAt > now.toISOString()).toBe(true);
        expect(() => refuseUnmaskedData({ title: event.title, description: event.description })).not.toThrow();
      }
    }
  });
});
