import { render, screen } from '@testing-library/react';
import { setStorageSync } from '../../test-support/taro';
import { future } from '../../test-support/rating-fixtures';
import { reloadSession, SESSION_KEY } from '../session/store';
import { MOBILE_MAX_LENGTH } from '../components/MobileField';
import AskPage from '../pages/casework/ask/index';
import ApplyPage from '../pages/casework/apply/index';
import ProposePage from '../pages/projects/propose/index';

// Every resident form asks for a mobile number the same way: 手机号 (with （可以不填） where it may
// stay empty), the number keyboard, and room for a number written with +86 and spaces, which the
// form and the API read alike. The open-day sign-up form (its own test: features/events) used to stop
// at 11 characters, the others at 20.

beforeEach(() => {
  setStorageSync(SESSION_KEY, { token: 'token-wang', expiresAt: future() });
  reloadSession();
});

const mobileFields = () => screen.getAllByRole('spinbutton').filter((field) => /手机号/u.test(field.getAttribute('aria-label') ?? ''));
const seen = () => mobileFields().map((field) => ({ label: field.getAttribute('aria-label'), maxLength: field.getAttribute('maxlength') }));

it('咨询留言, 依申请公开 and 我要提建议 ask for the mobile in one wording, with one length', () => {
  const asked = [AskPage, ApplyPage, ProposePage].flatMap((Page) => {
    const shown = render(<Page />);
    const fields = seen();
    shown.unmount();
    return fields;
  });
  expect(asked).toEqual([
    { label: '手机号（可以不填）', maxLength: String(MOBILE_MAX_LENGTH) },
    { label: '手机号', maxLength: String(MOBILE_MAX_LENGTH) },
    { label: '手机号（可以不填）', maxLength: String(MOBILE_MAX_LENGTH) },
  ]);
  expect(MOBILE_MAX_LENGTH).toBeGreaterThanOrEqual('+86 139 1234 5678'.length);
});
