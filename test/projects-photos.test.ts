import { codeOf, createTestStaff, type TestApi } from './support/test-app';
import { JPEG, PNG, putPhoto as put, startPhotoServer, type Upload } from './support/photo-server';
import { createProject, POST, renovation, today, UPLOAD } from './projects-support';

// Progress photos on one machine, as the mini-app sends them: ask for an upload URL, PUT the bytes
// there, name the photo in a progress update, and anyone sees it served back.

let api: TestApi;
let base: string;
let close: () => Promise<void>;
let token: string;
let projectId: string;

beforeAll(async () => {
  ({ api, base, close } = await startPhotoServer());
  token = await createTestStaff(api, 'zhujian', 'DEPARTMENT_EDITOR', '区住房和城乡建设局');
  today(api, '2026-05-10');
  projectId = (await createProject(api, token, renovation({ milestones: [{ title: '完工', plannedDate: '2026-12-31' }] }))).id;
});

afterAll(() => close());

const requestUpload = async (type: string, bytes: number, project = projectId) => api.run<{ requestPhotoUpload: Upload }>(UPLOAD, { id: project, type, bytes }, { token });

describe('a progress photo, locally', () => {
  it('goes from an upload URL, through PUT, into an update, and is served back', async () => {
    const asked = await requestUpload('image/jpeg', JPEG.length);
    expect(asked.errors).toBeUndefined();
    const upload = asked.data!.requestPhotoUpload;
    expect(upload.uploadUrl.startsWith(`${base}/uploads/`)).toBe(true);
    expect(upload).toMatchObject({ method: 'PUT', headers: [{ name: 'content-type', value: 'image/jpeg' }] });
    expect(upload.photoKey).toMatch(new RegExp(`^projects/${projectId}/[0-9a-f-]{36}\\.jpg$`, 'u'));

    expect((await put(upload, JPEG)).status).toBe(200);
    const posted = await api.run<{ postProjectUpdate: { photos: Array<{ key: string; url: string }> } }>(
      POST,
      { id: projectId, input: { text: '城东片区12个小区全部开工。', photos: [upload.photoKey] } },
      { token },
    );
    expect(posted.errors).toBeUndefined();
    const [photo] = posted.data!.postProjectUpdate.photos;
    expect(photo?.key).toBe(upload.photoKey);
    expect(photo?.url.startsWith(`${base}/photos/${upload.photoKey}?until=`)).toBe(true);

    const served = await fetch(photo!.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(JPEG)).toBe(true);
    // Without its signature the same address opens nothing (S3's presigned GET behaves the same).
    const unsigned = await fetch(`${base}/photos/${upload.photoKey}`);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toEqual({ error: '照片的地址不对，请从页面上打开照片。' });
    expect((await fetch(`${base}/photos/projects/${projectId}/00000000-0000-0000-0000-000000000000.jpg`)).status).toBe(403);
    expect((await fetch(`${base}/photos/../../etc/passwd`)).status).toBe(404);
  });

  it('refuses other types and photos over 5 MB when the URL is asked for', async () => {
    const gif = await requestUpload('image/gif', 1000);
    expect(codeOf(gif.errors)).toBe('BAD_USER_INPUT');
    expect(gif.errors?.[0]?.message).toBe('照片只能是 JPG、PNG 或 WEBP 格式。');
    const big = await requestUpload('image/png', 5 * 1024 * 1024 + 1);
    expect(codeOf(big.errors)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toBe('照片不能超过 5 MB，请压缩后再上传。');
    expect(codeOf((await requestUpload('image/png', 0)).errors)).toBe('BAD_USER_INPUT');
  });

  it('refuses an upload that is not what was asked for, or not to a URL GovOpen gave', async () => {
    const upload = (await requestUpload('image/png', PNG.length)).data!.requestPhotoUpload;
    expect((await put(upload, PNG, 'image/jpeg')).status).toBe(400);
    expect((await put(upload, Buffer.concat([PNG, Buffer.from([0])]))).status).toBe(400);
    expect((await put(upload, Buffer.concat([JPEG.subarray(0, PNG.length - 1), Buffer.from([0])]))).status).toBe(400);
    const at = upload.uploadUrl.lastIndexOf('.') + 1;
    const forged = { ...upload, uploadUrl: `${upload.uploadUrl.slice(0, at)}${upload.uploadUrl[at] === 'A' ? 'B' : 'A'}${upload.uploadUrl.slice(at + 1)}` };
    expect((await put(forged, PNG)).status).toBe(403);
    const tooBig = (await requestUpload('image/jpeg', 5 * 1024 * 1024)).data!.requestPhotoUpload;
    expect((await put(tooBig, Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]))).status).toBe(413);
    const refused = await put(upload, PNG, 'image/jpeg');
    expect(await refused.json()).toEqual({ error: '照片的格式与申请上传时说的不一样。' });
    expect((await put(upload, PNG)).status).toBe(200);
    // Used once: the same URL cannot replace the photo (issue 11, finding 6).
    const swapped = Buffer.concat([PNG.subarray(0, PNG.length - 1), Buffer.from([0])]);
    const again = await put(upload, swapped);
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: '这个上传地址已经用过了，请重新选择照片上传。' });
  });

  it('will not put a photo into an update before it is uploaded, nor one of another project', async () => {
    const notYet = (await requestUpload('image/jpeg', JPEG.length)).data!.requestPhotoUpload;
    const early = await api.run(POST, { id: projectId, input: { text: '照片还没传完。', photos: [notYet.photoKey] } }, { token });
    expect(codeOf(early.errors)).toBe('BAD_USER_INPUT');
    expect(early.errors?.[0]?.message).toBe('有一张照片还没有上传完成，请重新上传。');
    const other = (await createProject(api, token, renovation({ title: '加装电梯', milestones: [{ title: '完工', plannedDate: '2026-12-31' }] }))).id;
    const theirs = (await requestUpload('image/jpeg', JPEG.length, other)).data!.requestPhotoUpload;
    await put(theirs, JPEG);
    const mixed = await api.run(POST, { id: projectId, input: { text: '别的项目的照片。', photos: [theirs.photoKey] } }, { token });
    expect(codeOf(mixed.errors)).toBe('BAD_USER_INPUT');
    expect(mixed.errors?.[0]?.message).toBe('有一张照片不属于这个项目，请重新上传。');
  });
});
