import qrcode from 'qrcode-generator';
import { createTestApi, createTestStaff, residentToken, type TestApi } from '../../../test/support/test-app';
import { plainQrSvg, qrCodePath } from '../core/qr-code';
import { eventInput, openEventFor, person, REGISTER } from './event-test-support';

// The check-in code as a QR code the mini-app shows at the door (Registration.checkInQrSvg).

/** The module grid an SVG path of qrCodePath draws (8 units a module, 4 modules of quiet zone). */
function gridOf(path: string, size: number): boolean[][] {
  const modules = size / 8 - 8;
  const grid = Array.from({ length: modules }, () => Array<boolean>(modules).fill(false));
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v8h-\3z/gu)) {
    for (let col = Number(x) / 8 - 4; col < (Number(x) + Number(width)) / 8 - 4; col += 1) grid[Number(y) / 8 - 4]![col] = true;
  }
  return grid;
}

describe('the QR code of a check-in code', () => {
  it('draws exactly the modules of the code for the text, inside a white square with its quiet zone', () => {
    const { size, path } = qrCodePath('K7M2PQ');
    const code = qrcode(0, 'M');
    code.addData('K7M2PQ', 'Byte');
    code.make();
    const expected = Array.from({ length: code.getModuleCount() }, (_, row) => Array.from({ length: code.getModuleCount() }, (_, col) => code.isDark(row, col)));
    expect(path).toMatch(/^(M\d+ \d+h\d+v8h-\d+z)+$/u);
    expect(gridOf(path, size)).toEqual(expected);

    const svg = plainQrSvg('K7M2PQ');
    expect(svg).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`,
    );
  });

  describe('on a registration', () => {
    let api: TestApi;
    let eventId: string;
    beforeAll(async () => {
      api = await createTestApi();
      const staff = await createTestStaff(api, 'qr-minzheng', 'DEPARTMENT_EDITOR', '区民政局');
      eventId = await openEventFor(api, staff, eventInput(new Date(), { title: '签到二维码开放日', capacity: 1 }));
    });
    afterAll(() => api.close());

    const QUERY = REGISTER.replace('checkInCode', 'checkInCode checkInQrSvg');

    it('is the QR code of the check-in code while the registration holds a seat, and null on the waiting list', async () => {
      const seat = await api.run<{ registerForEvent: { checkInCode: string; checkInQrSvg: string } }>(QUERY, { id: eventId, input: person(1) }, { token: await residentToken(api, 'qr-1') });
      expect(seat.errors).toBeUndefined();
      expect(seat.data!.registerForEvent.checkInQrSvg).toBe(plainQrSvg(seat.data!.registerForEvent.checkInCode));

      const waiting = await api.run<{ registerForEvent: { status: string; checkInQrSvg: string | null } }>(QUERY, { id: eventId, input: person(2) }, { token: await residentToken(api, 'qr-2') });
      expect(waiting.data!.registerForEvent).toMatchObject({ status: 'WAITLISTED', checkInQrSvg: null });
    });
  });
});
