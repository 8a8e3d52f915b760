import { createTestApi, residentToken, type TestApi } from '../../../test/support/test-app';
import { refuseUnmaskedData } from '../core/validation';
import { demoDraft, loadDemoDrafts } from './demo-drafts';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('the demo draft for comment (意见征集)', () => {
  it('loads into a store without drafts once, open for comment for 30 days, marked as an example, and takes a resident’s comment', async () => {
    expect(await loadDemoDrafts(api.app)).toBe(1);
    expect(await loadDemoDrafts(api.app)).toBe(0);
    const list = await api.run<{ drafts: { edges: Array<{ node: { id: string; title: string; department: string; status: string; sections: Array<{ id: string; heading: string }> } }> } }>(
      '{ drafts(first: 20, status: OPEN) { edges { node { id title department status sections { id heading } } } } }',
    );
    const drafts = list.data!.drafts.edges.map((edge) => edge.node);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft!.title.startsWith('（示例）')).toBe(true);
    expect(draft!.status).toBe('OPEN');
    expect(draft!.sections.length).toBeGreaterThanOrEqual(3);

    const resident = await residentToken(api, 'demo-draft-reader');
    const comment = await api.run<{ commentOnDraft: { state: string } }>(
      'mutation($input: CommentOnDraftInput!) { commentOnDraft(input: $input) { state } }',
      { input: { draftId: draft!.id, sectionId: draft!.sections[1]!.id, text: '补贴能不能按楼层高低分档？' } },
      { token: resident },
    );
    expect(comment.errors).toBeUndefined();
    expect(comment.data?.commentOnDraft.state).toBe('PENDING');
  });

  it('ends 30 days after the day it is loaded, whatever that day, and publishes no private data', () => {
    for (const now of [new Date('2026-12-31T20:00:00Z'), new Date()]) {
      const draft = demoDraft(now);
      expect(draft.periodDays).toBe(30);
      expect(draft.closesAt > new Date(now.getTime() + 29 * 86_400_000).toISOString()).toBe(true);
      expect(() => refuseUnmaskedData({ title: draft.title, explanation: draft.explanation, ...Object.fromEntries(draft.sections.map((s) => [s.id, s.text])) })).not.toThrow();
    }
  });
});
