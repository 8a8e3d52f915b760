import fc from 'fast-check';
import { maskAddress, maskBankCard, maskBirthDate, maskIdNumber, maskMobile, maskName, maskPlate } from './masking';

const MASKERS = { maskMobile, maskIdNumber, maskName, maskAddress, maskBankCard, maskPlate, maskBirthDate };

const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

// An 18-digit ID number with a valid birth date and check digit (GB 11643, ISO 7064 MOD 11-2).
const idNumber = fc
  .tuple(digits(6), fc.date({ min: new Date('1900-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }), digits(3))
  .map(([region, birth, sequence]) => {
    const body = region + birth.toISOString().slice(0, 10).replace(/-/g, '') + sequence;
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = Array.from(body).reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
    return body + '10X98765432'.charAt(sum % 11);
  });

describe('maskMobile', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['+86 138-1234-1234', '138****1234'],
    ['0086 13812341234', '138****1234'],
    ['8613812341234', '138****1234'],
    ['138 1234 1234', '138****1234'],
    ['１３８１２３４１２３４', '138****1234'],
    ['0579-82345678', '0579-****5678'],
    ['010 12345678', '010-****5678'],
    ['057982345678', '0579-****5678'],
  ])('%s → %s', (input, masked) => {
    expect(maskMobile(input)).toBe(masked);
  });

  it('never reveals the middle 4 digits of an 11-digit mobile, and keeps its length', () => {
    fc.assert(
      fc.property(fc.constantFrom(...'3456789'), digits(9), (second, rest) => {
        const mobile = `1${second}${rest}`;
        const masked = maskMobile(mobile);
        expect(masked).toHaveLength(mobile.length);
        expect(masked.slice(3, 7)).toBe('****');
        expect(masked.slice(7)).toBe(mobile.slice(7));
      }),
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 3 and the last 2 characters of 18- and 15-digit numbers', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110*************2X');
    expect(maskIdNumber('11010519491231002x')).toBe('110*************2X');
    expect(maskIdNumber('110105491231002')).toBe('110**********02');
    expect(maskIdNumber('110105 19491231 002X')).toBe('110*************2X');
  });

  it('never shows the birth date (digits 7–14) of a valid ID number, and keeps its length', () => {
    fc.assert(
      fc.property(idNumber, (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        expect(masked.slice(6, 14)).toBe('********');
        expect(masked).not.toContain(id.slice(6, 14));
      }),
    );
  });
});

describe('maskName', () => {
  it.each([
    ['王小华', '王*华'],
    ['王华', '王*'],
    ['王小华明', '王**明'],
    ['欧阳娜娜', '欧阳**'],
    ['司马懿', '司马*'],
    ['歐陽娜娜', '歐陽**'],
    ['欧阳', '欧*'],
    ['王', '*'],
    ['', '*'],
    ['  ', '*'],
    ['John Smith', 'J*********'],
  ])('%s → %s', (input, masked) => {
    expect(maskName(input)).toBe(masked);
  });
});

describe('maskAddress', () => {
  it.each([
    ['浙江省金华市婺城区城西街道某某路12号3幢201室', '浙江省金华市婺城区城西街道****'],
    ['浙江省金華市婺城區城西街道某某路12號', '浙江省金華市婺城區城西街道****'],
    ['北京市海淀区中关村街道某某小区1号楼', '北京市海淀区中关村街道****'],
    ['广西壮族自治区南宁市青秀区新竹街道民族大道1号', '广西壮族自治区南宁市青秀区新竹街道****'],
    ['浙江省义乌市稠城街道某某路1号', '浙江省义乌市稠城街道****'],
    ['金华市婺城区白龙桥镇下王村3组', '金华市婺城区白龙桥镇****'],
    // Below the street level, and a road that merely contains 市, are never kept.
    ['金华市西关社区12号', '金华市****'],
    ['婺城区人民路菜市场5号', '婺城区****'],
    ['某某路12号', '****'],
  ])('%s → %s', (input, masked) => {
    expect(maskAddress(input)).toBe(masked);
  });
});

describe('maskBankCard, maskPlate, maskBirthDate', () => {
  it('keeps the last 4 digits of a bank card', () => {
    expect(maskBankCard('6222 0212 3456 7890 123')).toBe('***************0123');
    expect(maskBankCard('6222021234567890')).toBe('************7890');
  });

  it('keeps the province, the city letter and the last 2 characters of a plate', () => {
    expect(maskPlate('浙G12345')).toBe('浙G***45');
    expect(maskPlate('浙GD12345')).toBe('浙G****45');
    expect(maskPlate('浙G·12345')).toBe('浙G***45');
  });

  it('keeps only the year of a birth date', () => {
    expect(maskBirthDate('1958-03-12')).toBe('1958-**-**');
    expect(maskBirthDate('1958年3月12日')).toBe('1958年*月**日');
    expect(maskBirthDate('19580312')).toBe('1958****');
    expect(maskBirthDate('580312')).toBe('******');
  });
});

describe('odd input', () => {
  it.each(Object.entries(MASKERS))('%s gives an empty string for null and undefined', (_, mask) => {
    expect(mask(null)).toBe('');
    expect(mask(undefined)).toBe('');
  });

  it.each(Object.entries(MASKERS))('%s never throws and never returns unmasked input of more than 2 characters whole', (_, mask) => {
    const unmasked = fc
      .oneof(fc.string(), fc.string({ unit: 'grapheme' }), digits(12), fc.constantFrom('政務公開', '１２３', '---'))
      .filter((input) => !input.includes('*'));
    fc.assert(
      fc.property(unmasked, (input) => {
        const masked = mask(input);
        if (Array.from(input.trim()).length > 2) expect(masked).not.toBe(input.trim());
      }),
    );
  });
});
