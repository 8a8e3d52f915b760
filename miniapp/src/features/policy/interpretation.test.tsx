import { fireEvent, render, screen } from '@testing-library/react';
import { answerRequests, offline } from '../../../test-support/api';
import { asWeapp, makePhoneCall, setClipboardData, setRouterParams } from '../../../test-support/taro';
import { WUCHENG } from '../../../test-support/fixtures';
import { rememberPolicy } from './recent';
import InterpretationPage from '../../pages/policy/interpretation/index';

const QA = WUCHENG.interpretations[0]!;

beforeEach(() => setRouterParams({ policyId: WUCHENG.id, id: QA.id }));

describe('interpretation', () => {
  it('shows the questions and answers, then the consultation phone and office hours at the bottom', async () => {
    answerRequests({ data: { policy: WUCHENG } });
    const { container } = render(<InterpretationPage />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(QA.title);
    expect(screen.getByRole('heading', { name: '问：政策文件和解读什么时候发布？' })).toBeTruthy();
    expect(screen.getByText('答：解读材料与政策文件同步发布，最迟不超过3个工作日。')).toBeTruthy();

    const contact = screen.getByRole('region', { name: '政策咨询' });
    expect(contact.textContent).toContain('0579-82469999');
    expect(contact.textContent).toContain('工作日 9:00-12:00，13:30-17:30');
    // It is the last thing on the page.
    const screenRoot = container.querySelector('[data-testid="screen"]')!;
    expect(screenRoot.textContent!.trimEnd().endsWith(contact.textContent!.trimEnd())).toBe(true);
  });

  it('a tap on the number places the call', async () => {
    answerRequests({ data: { policy: WUCHENG } });
    render(<InterpretationPage />);
    fireEvent.click(await screen.findByRole('button', { name: '拨打 0579-82469999' }));
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0579-82469999' });
  });

  it('says when no phone number is given', async () => {
    answerRequests({ data: { policy: { ...WUCHENG, interpretations: [{ ...QA, consultationPhone: null, officeHours: null }] } } });
    render(<InterpretationPage />);
    const contact = await screen.findByRole('region', { name: '政策咨询' });
    expect(contact.textContent).toContain('暂未提供');
    expect(screen.queryByRole('button', { name: /拨打/ })).toBeNull();
  });

  it('works offline from the saved copy of its policy', async () => {
    rememberPolicy(WUCHENG);
    answerRequests(offline());
    render(<InterpretationPage />);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(QA.title);
    expect(screen.getByText('这是保存在本机的副本')).toBeTruthy();
    expect(screen.getByRole('region', { name: '政策咨询' }).textContent).toContain('0579-82469999');
  });

  describe('a video interpretation on weapp (which cannot open web pages)', () => {
    asWeapp();

    it('shows the video link and copies it for a browser, instead of an address the resident can do nothing with', async () => {
      const url = 'https://example.com/govopen/video/wucheng';
      answerRequests({ data: { policy: { ...WUCHENG, interpretations: [{ ...QA, kind: 'VIDEO', mediaUrl: url, questions: [] }] } } });
      render(<InterpretationPage />);
      expect(await screen.findByText(`视频链接：${url}`)).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: '复制视频链接' }));
      expect(await screen.findByText('视频链接已复制，请到浏览器里粘贴打开。')).toBeTruthy();
      expect(setClipboardData).toHaveBeenCalledWith({ data: url });
    });
  });
});
