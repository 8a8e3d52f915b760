import { JPEG } from '../support/photo-server';
import { ownerOfPhotoKey } from '../../api/src/core/photo-storage';
import type { MiniProgram, Page } from './support/mini-program';
import { startSuite, type Suite } from './support/suite';
import { elementsOf } from './support/view';

// 咨询留言 with a photo on WeChat: the album (wx.chooseImage, behind WeChat's privacy check), the file
// read as bytes, the bytes PUT with wx.request to the address the API signed, then the question names
// the photo — the path the H5 browser tests cannot cover.

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(() => suite?.close());

/** The <image> a screen reader announces as `label`. */
const imageNamed = (page: Page, label: string) => elementsOf(page.tree()).find((node) => node.tag === 'image' && node.attrs['aria-label'] === label);

/** Signed in on 我的 with WeChat, then 我的留言 → 我要留言, as a resident gets there. */
async function openAsk(program: MiniProgram): Promise<Page> {
  const mine = await program.settle();
  mine.tap(await mine.findByRole('button', { name: '登录' }));
  await mine.findByText('已登录');
  mine.tap(await mine.findByRole('link', { name: /^我的留言/ }));
  const questions = await program.waitForPage('pages/casework/questions/index');
  await program.settle();
  questions.tap(await questions.findByRole('button', { name: '我要留言' }));
  const ask = await program.waitForPage('pages/casework/ask/index');
  await program.settle();
  return ask;
}

it('a resident adds a photo from the album to a question: its thumbnail shows, it is sent, and the question shows it', async () => {
  const program = suite.launch({ path: 'pages/mine/index/index' });
  const ask = await openAsk(program);
  ask.type(await ask.findByRole('textbox', { name: /您的问题/ }), '小区门口的路灯坏了一个多月，晚上很黑，请问归哪个部门修？');

  // 添加照片 the first time: WeChat holds the album for the privacy pop-up. 不同意: no album, and the
  // page says why nothing was added and how to add one after all.
  const popUp = '为了选择照片，需要您同意《政务公开隐私保护指引》。不同意也没关系，其他功能照常使用。';
  ask.tap(await ask.findByRole('button', { name: '添加照片' }));
  await ask.findByText(popUp);
  ask.tap(await ask.findByRole('button', { name: '不同意' }));
  await ask.findByText('您没有同意使用照片，所以没有选上。不加照片也可以提交；要加照片，请再点一次并选“同意”。');
  expect(ask.queryByText('照片 1')).toBeUndefined();

  // 添加照片 again: the pop-up again, and 同意 opens the album.
  program.wx.queueImage(JPEG);
  ask.tap(await ask.findByRole('button', { name: '添加照片' }));
  await ask.findByText(popUp);
  ask.tap(await ask.findByRole('button', { name: '同意' }));
  await ask.findByText(`照片 1：${Math.round(JPEG.length / 1024)} KB，JPG`);
  const thumbnail = await program.waitFor(() => imageNamed(ask, '已选的照片 1'), 'the chosen photo\'s thumbnail');
  expect(String(thumbnail.attrs.src)).toMatch(/^wxfile:\/\/tmp_/);
  expect(ask.queryByText('为了选择照片')).toBeUndefined();
  expect(ask.queryByText('您没有同意使用照片')).toBeUndefined();

  // Closing the album without choosing adds nothing and says nothing.
  ask.tap(await ask.findByRole('button', { name: '添加照片' }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(ask.queryByText('照片 2')).toBeUndefined();
  expect(ask.queryByText('没能读取这张照片')).toBeUndefined();

  ask.tap(await ask.findByRole('button', { name: '提交留言' }));
  const question = await program.waitForPage('pages/casework/question/index');
  await program.settle();
  await question.findByText('小区门口的路灯坏了一个多月');
  await program.waitFor(() => imageNamed(question, '您留言的照片 1'), 'the question\'s photo');
  await question.findByRole('button', { name: '看大图：您留言的照片 1' });

  // The API keeps exactly that one photo, under consultations/, for the asker; the bytes are the album's.
  const { token } = program.wx.wx.getStorageSync('govopen.session.v1') as { token: string };
  const { consultation } = await suite.graphql<{ consultation: { photos: Array<{ key: string; url: string }> } }>(
    'query($id: ID!) { consultation(id: $id) { photos { key url } } }',
    { id: question.instance.query.id },
    token,
  );
  expect(consultation.photos).toHaveLength(1);
  const [photo] = consultation.photos;
  expect(ownerOfPhotoKey(photo!.key, 'consultations')).not.toBeNull();
  expect(String(imageNamed(question, '您留言的照片 1')!.attrs.src)).toBe(photo!.url);
  // Its address is the console's photo domain; here that domain is the local API.
  const served = await fetch(photo!.url.replace(new URL(photo!.url).origin, suite.api.origin));
  expect(Buffer.from(await served.arrayBuffer()).equals(JPEG)).toBe(true);
  // One PUT of the photo's bytes, to the signed upload address.
  const puts = program.wx.requests.sent.filter((sent) => sent.url.includes('/uploads/'));
  expect(puts).toHaveLength(1);
  expect(program.problems()).toEqual([]);
});
