import { runScheduledTasks } from '../api/src/scheduled-tasks';
import { codeOf, residentToken, setBeijingTime, signInStaff, type TestApi } from './support/test-app';
import { JPEG, PNG, putPhoto, startPhotoServer, type Upload } from './support/photo-server';
import { UPLOAD as PROJECT_UPLOAD, createProject, renovation } from './projects-support';

// Photos with a 咨询留言 question, on DynamoDB Local with photos on the local disk: a resident uploads
// up to 3 into their own folder and names them when asking; only the asker and the handling
// department see them, wherever the question goes. A photo uploaded for a question never sent is
// removed by the scheduled task a day on; a sent question's photos stay.

const UPLOAD = `mutation($type: String!, $bytes: Int!) { requestQuestionPhotoUpload(contentType: $type, bytes: $bytes) { uploadUrl method headers { name value } photoKey expiresAt } }`;
const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id photos { key url } } }`;
const READ = `query($id: ID!) { consultation(id: $id) { id department photos { key url } } }`;
const TRANSFER = `mutation($id: ID!, $to: String!) { transferConsultation(id: $id, toDepartment: $to, note: "请民政局答复") { department photos { key } } }`;
type Photo = { key: string; url: string };

let api: TestApi;
let base: string;
let close: () => Promise<void>;
let staff: Awaited<ReturnType<typeof signInStaff>>;
let resident: string;
let neighbour: string;

beforeAll(async () => {
  ({ api, base, close } = await startPhotoServer());
  staff = await signInStaff(api);
  resident = await residentToken(api, 'resident-photo');
  neighbour = await residentToken(api, 'resident-next-door');
  setBeijingTime(api, '2026-11-09 10:00');
});
afterAll(() => close());

const requestUpload = (token: string, type: string, bytes: number) => api.run<{ requestQuestionPhotoUpload: Upload }>(UPLOAD, { type, bytes }, { token });

/** A photo uploaded by the resident: its key. */
async function uploaded(token: string, body = JPEG, type = 'image/jpeg'): Promise<string> {
  const asked = await requestUpload(token, type, body.length);
  if (!asked.data) throw new Error(JSON.stringify(asked.errors));
  expect((await putPhoto(asked.data.requestQuestionPhotoUpload, body)).status).toBe(200);
  return asked.data.requestQuestionPhotoUpload.photoKey;
}

const ask = (token: string, question: string, photos: string[]) => api.run<{ askQuestion: { id: string; photos: Photo[] } }>(ASK, { input: { question, public: true, photos } }, { token });
const read = (token: string, id: string) => api.run<{ consultation: { id: string; department: string; photos: Photo[] } }>(READ, { id }, { token });

describe('a question with photos', () => {
  it('takes the asker’s own uploaded photos; the asker and the district office see them, served back', async () => {
    const keys = [await uploaded(resident), await uploaded(resident, PNG, 'image/png')];
    expect(keys[0]).toMatch(/^consultations\/resident-photo\/[0-9a-f-]{36}\.jpg$/u);
    const asked = await ask(resident, '小区门口的路灯坏了一个月，归哪个部门管？', keys);
    expect(asked.errors).toBeUndefined();
    const { id, photos } = asked.data!.askQuestion;
    expect(photos.map((photo) => photo.key)).toEqual(keys);
    for (const { key, url } of photos) expect(url.startsWith(`${base}/photos/${key}?until=`)).toBe(true);
    // The address without its signature — all another resident could guess or keep — opens nothing.
    expect((await fetch(`${base}/photos/${keys[0]}`)).status).toBe(403);

    expect((await read(resident, id)).data?.consultation.photos.map((p) => p.key)).toEqual(keys);
    const clerk = await read(staff.admin, id);
    expect(clerk.data?.consultation).toMatchObject({ department: '区政府办公室', photos: photos });
    const served = await fetch(photos[1]!.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('is hidden from another resident and from staff of another department; after a transfer the new department sees the photos', async () => {
    const key = await uploaded(resident);
    const { id } = (await ask(resident, '老年卡补办要带什么？', [key])).data!.askQuestion;
    expect(codeOf((await read(neighbour, id)).errors)).toBe('NOT_FOUND');
    for (const otherDepartment of [staff.civilAffairs, staff.finance]) {
      const refused = await read(otherDepartment, id);
      expect(codeOf(refused.errors)).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }

    const moved = await api.run<{ transferConsultation: { department: string; photos: Array<{ key: string }> } }>(TRANSFER, { id, to: '区民政局' }, { token: staff.admin });
    expect(moved.data?.transferConsultation).toEqual({ department: '区民政局', photos: [{ key }] });
    expect((await read(staff.civilAffairs, id)).data?.consultation.photos.map((p) => p.key)).toEqual([key]);
    expect(codeOf((await read(staff.finance, id)).errors)).toBe('FORBIDDEN');
  });

  it("refuses someone else's photo, a project's, one not uploaded yet and more than 3, in plain words", async () => {
    const theirs = await uploaded(neighbour);
    const refused = await ask(resident, '能用邻居的照片吗？', [theirs]);
    expect(codeOf(refused.errors)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe('有一张照片不是您上传的，请重新选择照片。');
    // Only the key's folder says whose it is: the same name under the asker's folder was never uploaded.
    const renamed = await ask(resident, '改个文件夹呢？', [theirs.replace('resident-next-door', 'resident-photo')]);
    expect(renamed.errors?.[0]?.message).toBe('有一张照片还没有上传完成，请重新选择照片。');

    const project = await createProject(api, staff.admin, renovation({ milestones: [{ title: '完工', plannedDate: '2026-12-31' }] }));
    const projectPhoto = await api.run<{ requestPhotoUpload: Upload }>(PROJECT_UPLOAD, { id: project.id, type: 'image/jpeg', bytes: JPEG.length }, { token: staff.admin });
    await putPhoto(projectPhoto.data!.requestPhotoUpload, JPEG);
    expect((await ask(resident, '用项目的照片呢？', [projectPhoto.data!.requestPhotoUpload.photoKey])).errors?.[0]?.message).toBe('有一张照片不是您上传的，请重新选择照片。');

    const notYet = (await requestUpload(resident, 'image/jpeg', JPEG.length)).data!.requestQuestionPhotoUpload.photoKey;
    const early = await ask(resident, '照片还没传完。', [notYet]);
    expect(codeOf(early.errors)).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toBe('有一张照片还没有上传完成，请重新选择照片。');

    const four = await Promise.all([1, 2, 3, 4].map(() => uploaded(resident)));
    const many = await ask(resident, '四张照片。', four);
    expect(codeOf(many.errors)).toBe('BAD_USER_INPUT');
    expect(many.errors?.[0]?.message).toBe('一条留言最多 3 张照片。');
  });

  it('refuses other types, photos over 5 MB, someone not signed in and staff when the upload is asked for', async () => {
    const gif = await requestUpload(resident, 'image/gif', 1000);
    expect(codeOf(gif.errors)).toBe('BAD_USER_INPUT');
    expect(gif.errors?.[0]?.message).toBe('照片只能是 JPG、PNG 或 WEBP 格式。');
    const big = await requestUpload(resident, 'image/jpeg', 5 * 1024 * 1024 + 1);
    expect(codeOf(big.errors)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toBe('照片不能超过 5 MB，请压缩后再上传。');
    // The storage holds the uploader to what was asked for: a PNG sent where a JPEG was promised is refused.
    const promised = (await requestUpload(resident, 'image/jpeg', PNG.length)).data!.requestQuestionPhotoUpload;
    expect((await putPhoto(promised, PNG, 'image/png')).status).toBe(400);
    expect(codeOf((await api.run(UPLOAD, { type: 'image/jpeg', bytes: 100 })).errors)).toBe('UNAUTHENTICATED');
    expect(codeOf((await requestUpload(staff.admin, 'image/jpeg', 100)).errors)).toBe('FORBIDDEN');
  });

  it('gives one resident at most 20 upload addresses a day, then says so; the next day again', async () => {
    setBeijingTime(api, '2026-11-10 09:00');
    const busy = await residentToken(api, 'resident-busy');
    for (let i = 0; i < 20; i += 1) expect((await requestUpload(busy, 'image/jpeg', 100)).errors).toBeUndefined();
    const refused = await requestUpload(busy, 'image/jpeg', 100);
    expect(codeOf(refused.errors)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0]?.message).toBe('今天上传的照片太多了，请明天再试。');
    expect((await requestUpload(neighbour, 'image/jpeg', 100)).errors).toBeUndefined();
    setBeijingTime(api, '2026-11-11 09:00');
    expect((await requestUpload(busy, 'image/jpeg', 100)).errors).toBeUndefined();
  });
});

describe('photos of a question never sent', () => {
  const removeUnattached = async () => (await runScheduledTasks(api.app, ['removeUnattachedPhotos'])).removeUnattachedPhotos;

  it('are removed by the scheduled task a day after their upload; the photos of a sent question stay', async () => {
    setBeijingTime(api, '2026-11-20 10:00');
    await removeUnattached(); // what earlier tests left, long ago by now
    const sent = await uploaded(resident);
    const { id } = (await ask(resident, '门口的树倒了，挡住了人行道。', [sent])).data!.askQuestion;
    // Chosen and uploaded, but the question that would have named it was never sent.
    const abandoned = await uploaded(resident, PNG, 'image/png');

    setBeijingTime(api, '2026-11-21 09:00');
    expect(await removeUnattached()).toBe(0);
    setBeijingTime(api, '2026-11-21 10:30');
    expect(await removeUnattached()).toBe(1);
    // Run again (the task overlapping itself, or re-run): nothing more goes.
    expect(await removeUnattached()).toBe(0);

    const late = await ask(resident, '第二天再发那张照片。', [abandoned]);
    expect(late.errors?.[0]?.message).toBe('有一张照片还没有上传完成，请重新选择照片。');
    const [photo] = (await read(resident, id)).data!.consultation.photos;
    expect((await fetch(photo!.url)).status).toBe(200);
  });
});
