import { codeOf, createTestApi, createTestStaff, residentToken, setBeijingTime, type TestApi } from './support/test-app';
import { BAD, createService, rate, rated } from './ratings-support';

// Rating a service: two taps, one rating per matter (一事一评) or per day (一次一评), a double tap or a
// retry gives the same rating back, bad ratings need a reason, and nobody reads another's rating.

let api: TestApi;
let civil: string;
let finance: string;
let admin: string;
let wang: string;
let li: string;
let serviceId: string;

beforeAll(async () => {
  api = await createTestApi({ publicBaseUrl: 'https://govopen.example.gov.cn' });
  civil = await createTestStaff(api, 'minzheng', 'DEPARTMENT_EDITOR', '区民政局');
  finance = await createTestStaff(api, 'caizheng', 'DEPARTMENT_EDITOR', '区财政局');
  admin = await createTestStaff(api, 'district', 'DISTRICT_ADMIN', '区政府办公室');
  wang = await residentToken(api, 'resident-wang');
  li = await residentToken(api, 'resident-li');
  serviceId = await createService(api, civil, { name: '最低生活保障申请', channel: 'WINDOW', windows: ['3', 'a12'] });
  setBeijingTime(api, '2025-03-12 10:00');
});
afterAll(() => api.close());

describe('services', () => {
  it('lists services by department and channel, a page at a time', async () => {
    await createService(api, civil, { name: '高龄津贴申领', channel: 'ONLINE' });
    await createService(api, finance, { name: '惠民补贴咨询', channel: 'HOTLINE' });
    const list = (variables: Record<string, unknown>) =>
      api.run<{ services: { edges: Array<{ node: { name: string; department: string; channel: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        `query($filter: ServiceFilter, $first: Int, $after: String) { services(filter: $filter, first: $first, after: $after) { edges { node { name department channel } } pageInfo { hasNextPage endCursor } } }`,
        variables,
      );
    const civilOnly = await list({ filter: { department: '区民政局' } });
    expect(civilOnly.data!.services.edges.map((e) => e.node.name)).toEqual(['最低生活保障申请', '高龄津贴申领']);
    const online = await list({ filter: { channel: 'ONLINE' } });
    expect(online.data!.services.edges.map((e) => e.node.name)).toEqual(['高龄津贴申领']);
    const first = await list({ first: 2 });
    expect(first.data!.services.pageInfo.hasNextPage).toBe(true);
    const rest = await list({ first: 2, after: first.data!.services.pageInfo.endCursor });
    expect(rest.data!.services.edges.length).toBe(1);
    const mismatched = await list({ filter: { channel: 'HOTLINE' }, after: first.data!.services.pageInfo.endCursor });
    expect(codeOf(mismatched.errors)).toBe('BAD_USER_INPUT');
  });

  it('gives a mini-app path, an H5 address and a printable QR code per service and per window', async () => {
    const result = await api.run<{ service: { windows: string[]; ratingLinks: Array<{ window: string | null; miniProgramPath: string; h5Url: string; qrCodeSvg: string; qrCodeDataUrl: string; caption: string }> } }>(
      `query($id: ID!) { service(id: $id) { windows ratingLinks { window miniProgramPath h5Url qrCodeSvg qrCodeDataUrl caption } } }`,
      { id: serviceId },
    );
    const { windows, ratingLinks } = result.data!.service;
    expect(windows).toEqual(['3', 'A12']);
    expect(ratingLinks.map((l) => l.window)).toEqual([null, '3', 'A12']);
    const window3 = ratingLinks[1]!;
    expect(window3.miniProgramPath).toBe(`pages/rating/rate/index?service=${serviceId}&window=3`);
    expect(window3.h5Url).toBe(`https://govopen.example.gov.cn/r/${encodeURIComponent(serviceId)}/3`);
    expect(window3.caption).toBe('区民政局 · 最低生活保障申请 · 3号窗口');
    expect(window3.qrCodeSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(window3.qrCodeSvg).toContain('3号窗口');
    expect(Buffer.from(window3.qrCodeDataUrl.replace('data:image/svg+xml;base64,', ''), 'base64').toString('utf8')).toBe(window3.qrCodeSvg);
    const unknownWindow = await api.run(`query($id: ID!) { service(id: $id) { ratingLink(window: "9") { h5Url } } }`, { id: serviceId });
    expect(unknownWindow.errors?.[0]).toMatchObject({ message: '这项服务没有 9 号窗口。', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('lets only staff of the department create and change its services', async () => {
    const input = { name: '临时救助申请', channel: 'WINDOW', windows: ['5'], department: '区民政局' };
    const CREATE = `mutation($input: ServiceInput!) { createService(input: $input) { id } }`;
    expect(codeOf((await api.run(CREATE, { input })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await api.run(CREATE, { input }, { token: wang })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CREATE, { input }, { token: finance })).errors)).toBe('FORBIDDEN');
    const byAdmin = await api.run<{ createService: { id: string } }>(CREATE, { input }, { token: admin });
    const again = await api.run<{ createService: { id: string } }>(CREATE, { input }, { token: civil });
    expect(again.data!.createService.id).toBe(byAdmin.data!.createService.id);
    const UPDATE = `mutation($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { name windows } }`;
    const id = byAdmin.data!.createService.id;
    expect(codeOf((await api.run(UPDATE, { id, input: { ...input, windows: ['5', '6'] } }, { token: finance })).errors)).toBe('FORBIDDEN');
    const updated = await api.run(UPDATE, { id, input: { ...input, windows: ['5', '6'] } }, { token: civil });
    expect(updated.data).toEqual({ updateService: { name: '临时救助申请', windows: ['5', '6'] } });
  });

  it('says in plain Chinese what is wrong with a service', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: '窗口服务', channel: 'WINDOW' }, '窗口服务请至少填写一个窗口号。'],
      [{ name: '网上服务', channel: 'ONLINE', windows: ['1'] }, '只有窗口服务才有窗口号。'],
      [{ name: ' ', channel: 'ONLINE' }, '请填写服务名称。'],
      [{ name: '窗口服务', channel: 'WINDOW', windows: ['3号'] }, '窗口号只能有数字、字母和横线，最多 10 位，例如 3 或 A12。'],
    ];
    for (const [input, message] of cases) {
      const result = await api.run(`mutation($input: ServiceInput!) { createService(input: $input) { id } }`, { input }, { token: civil });
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});

describe('disabling a service (停用)', () => {
  const DISABLE = `mutation($id: ID!) { disableService(id: $id) { id name disabled } }`;
  const ENABLE = `mutation($id: ID!) { enableService(id: $id) { id name disabled } }`;

  it('refuses new ratings of a disabled service in plain words, keeps its past ratings, and lets its department re-enable it', async () => {
    const id = await createService(api, civil, { name: '残疾人两项补贴申请', channel: 'ONLINE' });
    const before = await rated(api, wang, id, { level: 'SATISFIED' });
    expect(codeOf((await api.run(DISABLE, { id }, { token: finance })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(DISABLE, { id }, { token: wang })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(DISABLE, { id })).errors)).toBe('UNAUTHENTICATED');

    // A double tap: both answer the disabled service, one change is recorded.
    const [first, second] = await Promise.all([api.run(DISABLE, { id }, { token: civil }), api.run(DISABLE, { id }, { token: civil })]);
    expect(first.data).toEqual({ disableService: { id, name: '残疾人两项补贴申请', disabled: true } });
    expect(second.data).toEqual(first.data);
    expect((await api.run(DISABLE, { id }, { token: civil })).data).toEqual(first.data);
    // The clock stands still in these tests: entries of one instant come in any order.
    const actions = async () => (await api.app.audit.trail('service', id)).map((e) => e.action).sort();
    expect(await actions()).toEqual(['service.create', 'service.disable']);
    expect((await api.app.audit.trail('service', id)).find((e) => e.action === 'service.disable')).toMatchObject({ actor: { staffId: 'minzheng' }, details: { name: '残疾人两项补贴申请' } });

    const refused = await rate(api, li, id, { level: 'SATISFIED' });
    expect(refused.errors?.[0]).toMatchObject({ message: '这项服务已停用，不能评价了。', extensions: { code: 'BAD_USER_INPUT' } });
    // The resident's rating page still finds it, and can say so; the past rating and its service stay readable.
    expect((await api.run(`query($id: ID!) { service(id: $id) { name disabled } }`, { id })).data).toEqual({ service: { name: '残疾人两项补贴申请', disabled: true } });
    expect((await api.run(`query($id: ID!) { rating(id: $id) { level service { name disabled } } }`, { id: before.id }, { token: wang })).data).toEqual({
      rating: { level: 'SATISFIED', service: { name: '残疾人两项补贴申请', disabled: true } },
    });

    expect((await api.run(ENABLE, { id }, { token: finance })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.run(ENABLE, { id }, { token: admin })).data).toEqual({ enableService: { id, name: '残疾人两项补贴申请', disabled: false } });
    expect((await api.run(ENABLE, { id }, { token: civil })).data).toEqual({ enableService: { id, name: '残疾人两项补贴申请', disabled: false } });
    expect(await actions()).toEqual(['service.create', 'service.disable', 'service.enable']);
    expect((await rated(api, li, id, { level: 'VERY_SATISFIED' })).level).toBe('VERY_SATISFIED');
  });

  it('reads a service stored before services could be disabled as in use', async () => {
    const now = new Date().toISOString();
    const old = { id: '0123456789abcdef', department: '区民政局', name: '老服务', channel: 'ONLINE' as const, windows: [], description: null, demo: false, version: 1, createdAt: now, updatedAt: now };
    await api.app.stores.ratings.createService(old as unknown as Parameters<typeof api.app.stores.ratings.createService>[0]);
    expect((await api.run(`query($id: ID!) { service(id: $id) { name disabled } }`, { id: old.id })).data).toEqual({ service: { name: '老服务', disabled: false } });
  });
});

describe('rating', () => {
  it('offers the five levels and the reasons with their Chinese labels', async () => {
    const result = await api.run<{ ratingOptions: { levels: Array<{ label: string; bad: boolean }>; reasons: Array<{ label: string }> } }>(
      `{ ratingOptions { levels { level label bad } reasons { reason label } } }`,
    );
    expect(result.data!.ratingOptions.levels.map((l) => `${l.label}${l.bad ? '(差评)' : ''}`)).toEqual(['非常满意', '满意', '基本满意', '不满意(差评)', '非常不满意(差评)']);
    expect(result.data!.ratingOptions.reasons.map((r) => r.label)).toEqual(['等候时间长', '态度不好', '办事不顺利/多次跑', '材料要求不清', '系统故障', '其他']);
  });

  it('takes a good rating in one request and opens no case', async () => {
    const rating = await rated(api, wang, serviceId, { level: 'VERY_SATISFIED', matterNumber: 'mz-2025-0001', window: '3' });
    expect(rating).toMatchObject({ level: 'VERY_SATISFIED', levelLabel: '非常满意', bad: false, matterNumber: 'MZ-2025-0001', window: '3', case: null, department: '区民政局' });
  });

  it('gives exactly one rating for 20 identical taps at once, and the same answer to each', async () => {
    const input = { level: 'VERY_DISSATISFIED', reasons: ['LONG_WAIT', 'MULTIPLE_TRIPS'], comment: '排队两个小时', matterNumber: 'MZ-2025-0002', window: 'A12' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => rate(api, wang, serviceId, input)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => a.data!.rateService.id));
    expect(ids.size).toBe(1);
    for (const answer of answers) expect(answer.data!.rateService).toEqual(answers[0]!.data!.rateService);
    const mine = await api.run<{ myRatings: { edges: Array<{ node: { id: string; matterNumber: string } }> } }>(`{ myRatings { edges { node { id matterNumber } } } }`, {}, { token: wang });
    expect(mine.data!.myRatings.edges.filter((e) => e.node.matterNumber === 'MZ-2025-0002')).toHaveLength(1);
    const figures = await api.run<{ ratingFigures: { total: { ratings: number; badRatings: number } } }>(
      `{ ratingFigures(period: { from: "2025-03-01", to: "2025-03-31" }, serviceId: "${serviceId}") { total { ratings badRatings } } }`,
    );
    expect(figures.data!.ratingFigures.total).toEqual({ ratings: 2, badRatings: 1 });
  });

  it('refuses a second, different rating of the same matter, and says where to find the first', async () => {
    const result = await rate(api, wang, serviceId, { level: 'SATISFIED', matterNumber: 'MZ-2025-0002' });
    expect(result.errors?.[0]).toMatchObject({ message: '这件事您已经评价过了（一事一评），可以在“我的评价”里查看。', extensions: { code: 'CONFLICT' } });
  });

  it('without a matter number, takes one rating per service per day (一次一评)', async () => {
    const first = await rated(api, li, serviceId, { level: 'SATISFIED' });
    expect((await rated(api, li, serviceId, { level: 'SATISFIED' })).id).toBe(first.id);
    const sameDay = await rate(api, li, serviceId, { level: 'BASICALLY_SATISFIED' });
    expect(sameDay.errors?.[0]).toMatchObject({ message: '今天您已经评价过这项服务了（一次一评），可以在“我的评价”里查看。', extensions: { code: 'CONFLICT' } });
    setBeijingTime(api, '2025-03-13 09:00');
    try {
      expect((await rated(api, li, serviceId, { level: 'BASICALLY_SATISFIED' })).id).not.toBe(first.id);
    } finally {
      setBeijingTime(api, '2025-03-12 10:00');
    }
  });

  it('says in plain Chinese what is wrong with a rating', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ level: 'DISSATISFIED' }, '请选择不满意的原因，或者写几句原因。', 'reasons'],
      [{ level: 'VERY_DISSATISFIED', reasons: ['OTHER'] }, '选了“其他”，请写一下具体原因。', 'comment'],
      [{ level: 'SATISFIED', reasons: ['LONG_WAIT'] }, '满意的评价不用选不满意的原因。', 'reasons'],
      [{ level: 'SATISFIED', comment: '好'.repeat(501) }, '意见不能超过 500 个字。', 'comment'],
      [{ level: 'SATISFIED', matterNumber: '办件 12' }, '办件号只能有字母、数字、横线和下划线，最多 40 位。', 'matterNumber'],
      [{ ...BAD, contactPhone: '12345' }, '回访电话请填写 11 位手机号码。', 'contactPhone'],
    ];
    for (const [input, message, field] of cases) {
      const result = await rate(api, wang, serviceId, input);
      expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect((await rate(api, wang, serviceId, { level: 'SATISFIED', window: '9' })).errors?.[0]).toMatchObject({ message: '这项服务没有 9 号窗口。', extensions: { code: 'BAD_USER_INPUT' } });
    expect(codeOf((await rate(api, wang, 'ffffffffffffffff', { level: 'SATISFIED' })).errors)).toBe('NOT_FOUND');
  });

  it('needs a signed-in resident', async () => {
    expect(codeOf((await api.run(`mutation { rateService(serviceId: "${serviceId}", input: { level: SATISFIED }) { id } }`)).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await rate(api, civil, serviceId, { level: 'SATISFIED' })).errors)).toBe('FORBIDDEN');
  });
});

describe('who reads a rating', () => {
  let ratingId: string;
  beforeAll(async () => {
    ratingId = (await rated(api, wang, serviceId, { ...BAD, matterNumber: 'MZ-2025-0100', contactPhone: '13912345678' })).id;
  });
  const READ = `query($id: ID!) { rating(id: $id) { id level rater { reference phone } case { status steps { kind by } } } }`;

  it('shows residents their own ratings, with the case, and no rater details', async () => {
    const mine = await api.run<{ rating: { rater: unknown; case: { status: string; steps: Array<{ kind: string; by: string | null }> } } }>(READ, { id: ratingId }, { token: wang });
    expect(mine.data!.rating).toMatchObject({ rater: null, case: { status: 'OPEN', steps: [{ kind: 'OPENED', by: null }] } });
    // A resident signed in through WeChat (here the development code) sees them under `me` too.
    const signedIn = await api.run<{ login: { token: string } }>(`mutation { login(code: "dev:zhao") { token } }`);
    const token = signedIn.data!.login.token;
    const own = await rated(api, token, serviceId, { level: 'SATISFIED', matterNumber: 'MZ-2025-0101' });
    const viaMe = await api.run<{ me: { ratings: { edges: Array<{ node: { id: string } }> } } }>(`{ me { ratings(first: 50) { edges { node { id } } } } }`, {}, { token });
    expect(viaMe.data!.me.ratings.edges.map((e) => e.node.id)).toEqual([own.id]);
  });

  it("answers another resident's rating as not found, exactly like one that does not exist", async () => {
    const other = await api.run(READ, { id: ratingId }, { token: li });
    const missing = await api.run(READ, { id: '0'.repeat(20) }, { token: li });
    expect(other.errors?.[0]).toMatchObject({ message: '没有找到这条记录。', extensions: { code: 'NOT_FOUND' } });
    expect(missing.errors?.[0]).toEqual(other.errors?.[0]);
    expect(codeOf((await api.run(READ, { id: ratingId })).errors)).toBe('UNAUTHENTICATED');
  });

  it('shows staff of the department the rater masked; the full number only on request, recorded in the audit trail', async () => {
    const masked = await api.run<{ rating: { rater: { reference: string; phone: string } } }>(READ, { id: ratingId }, { token: civil });
    expect(masked.data!.rating.rater).toEqual({ reference: expect.stringMatching(/^评价人-[0-9a-f]{8}$/), phone: '139****5678' });
    expect(codeOf((await api.run(READ, { id: ratingId }, { token: finance })).errors)).toBe('FORBIDDEN');
    const CONTACT = `query($id: ID!) { raterContact(caseId: $id) { reference phone } }`;
    expect(codeOf((await api.run(CONTACT, { id: ratingId }, { token: finance })).errors)).toBe('FORBIDDEN');
    expect(codeOf((await api.run(CONTACT, { id: ratingId }, { token: wang })).errors)).toBe('FORBIDDEN');
    const full = await api.run<{ raterContact: { phone: string } }>(CONTACT, { id: ratingId }, { token: civil });
    expect(full.data!.raterContact.phone).toBe('13912345678');
    const trail = await api.app.audit.trail('rating', ratingId);
    expect(trail).toEqual([expect.objectContaining({ action: 'rating.readContact', actor: expect.objectContaining({ staffId: 'minzheng' }) })]);
  });

  it('records in the audit trail when staff read a comment carrying the rater’s number; the rater reads their own unrecorded', async () => {
    const comment = '窗口让我跑了三趟，请打 13712345678 回复我。';
    const { id } = await rated(api, li, serviceId, { ...BAD, matterNumber: 'MZ-2025-0300', comment });
    const COMMENT = `query($id: ID!) { rating(id: $id) { comment } }`;
    const readBy = async (token: string) => (await api.run<{ rating: { comment: string } | null }>(COMMENT, { id }, { token })).data?.rating?.comment;
    expect(await readBy(li)).toBe(comment);
    expect(await api.app.audit.trail('rating', id)).toEqual([]);
    expect(await readBy(civil)).toBe(comment);
    expect(await api.app.audit.trail('rating', id)).toEqual([expect.objectContaining({ action: 'rating.readComment', actor: expect.objectContaining({ staffId: 'minzheng' }), details: { field: 'comment' } })]);
    expect(await readBy(finance)).toBeUndefined(); // another department reads nothing of it
    expect(await api.app.audit.trail('rating', id)).toHaveLength(1);
  });

  it("gives each department its own pseudonym for a rater, so departments cannot link one resident's ratings", async () => {
    const otherCivil = await createService(api, civil, { name: '困难群众医疗救助', channel: 'ONLINE' });
    const financeService = await createService(api, finance, { name: '购房契税补贴申领', channel: 'ONLINE' });
    const referenceOf = async (id: string, staff: string) => (await api.run<{ rating: { rater: { reference: string } } }>(READ, { id }, { token: staff })).data!.rating.rater.reference;
    const civilAgain = await rated(api, wang, otherCivil, { level: 'SATISFIED', matterNumber: 'MZ-2025-0200' });
    const atFinance = await rated(api, wang, financeService, { level: 'SATISFIED', matterNumber: 'CZ-2025-0001' });
    const liAtCivil = await rated(api, li, otherCivil, { level: 'SATISFIED', matterNumber: 'MZ-2025-0201' });
    const wangAtCivil = await referenceOf(ratingId, civil);
    expect(await referenceOf(civilAgain.id, civil)).toBe(wangAtCivil);
    expect(await referenceOf(liAtCivil.id, civil)).not.toBe(wangAtCivil);
    const wangAtFinance = await referenceOf(atFinance.id, finance);
    expect(wangAtFinance).toMatch(/^评价人-[0-9a-f]{8}$/);
    expect(wangAtFinance).not.toBe(wangAtCivil);
    expect(await referenceOf(atFinance.id, admin)).toBe(wangAtFinance); // a district admin sees the department's pseudonym, not a district-wide one
  });
});
