import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describeFinding, findSensitiveData, maskSensitiveData } from './sensitive-data';

// Independent of the module's own checks, to build values that pass or fail them.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const withIdCheck = (body: string) =>
  body + '10X98765432'.charAt(Array.from(body).reduce((sum, digit, i) => sum + Number(digit) * (ID_WEIGHTS[i] ?? 0), 0) % 11);
const passesLuhn = (digits: string) =>
  Array.from(digits)
    .reverse()
    .reduce((sum, digit, i) => sum + (i % 2 === 0 ? Number(digit) : ((Number(digit) * 2) % 10) + Math.floor((Number(digit) * 2) / 10)), 0) %
    10 ===
  0;
const withLuhn = (body: string) => body + '0123456789'.split('').find((digit) => passesLuhn(body + digit));

const ID = withIdCheck('33070219580312401'); // 330702195803124016
const CARD_16 = withLuhn('622202123456789'); // 6222021234567894
const CARD_19 = withLuhn('622848001234567890'); // 6228480012345678903

const DEMO_DIR = join(__dirname, '../../api/demo/policies');
const demoDocuments = readdirSync(DEMO_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(join(DEMO_DIR, name), 'utf8')] as const);

const kinds = (text: string) => findSensitiveData(text).map((finding) => finding.kind);

describe('findSensitiveData on published government text', () => {
  it('has real documents to read', () => {
    expect(demoDocuments.length).toBeGreaterThanOrEqual(3);
  });

  it.each(demoDocuments)('finds nothing in %s', (_, text) => {
    expect(findSensitiveData(text)).toEqual([]);
  });

  it.each([
    '索 引 号: | 11640112010148754W/2022-00206 | 效力状态: | 有效 |',
    '金华市婺城区人民政府办公室关于印发2022年婺城区政务公开工作要点的通知（婺政办发〔2022〕21号）',
    '依据婺政办发[2022]21号、婺政办发（2022）21号文件精神，成文日期2022-06-28，发布日期2022年6月28日。',
    '截至2022 年 9 月 19 日，项目累计完成投资1,234,567.89 元，另拨付12345678.90元。',
    '政策咨询电话：0579-82345678（工作日上午8:30—12:00），也可拨打12345市民服务热线或400-123-4567。',
    '监督电话：0951—4021234、0531-87654321，传真：057982345678。',
    '统一社会信用代码：91330100MA2XXXXX0X，11330702002551876G。',
    '办件编号：202206281234567890123，任务编号：330702202206280001，流水号1381234123412345。',
    '已遮挡的：联系人王*华，电话138****1234，身份证号110105********123X，卡号************7894。',
    '非税收入账户：33001616735059000123，开户行：中国建设银行金华分行。',
  ])('finds nothing in: %s', (text) => {
    expect(findSensitiveData(text)).toEqual([]);
  });
});

describe('findSensitiveData on planted values', () => {
  const wucheng = demoDocuments.find(([name]) => name.startsWith('wucheng'))?.[1] ?? '';
  const lines = wucheng.split('\n');
  const lineIndex = lines.findIndex((line) => line.length > 60);

  it('finds a mobile in the middle of a real sentence, with its position, line and a masked excerpt', () => {
    const line = lines[lineIndex] ?? '';
    const planted = `${line.slice(0, 30)}，联系电话13812341234，请${line.slice(30)}`;
    const text = [...lines.slice(0, lineIndex), planted, ...lines.slice(lineIndex + 1)].join('\n');
    const [finding, ...others] = findSensitiveData(text);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ kind: 'MOBILE', line: lineIndex + 1 });
    expect(text.slice(finding?.start, finding?.end)).toBe('13812341234');
    expect(finding?.excerpt).toBe(`…${planted.slice(25, 35)}138****1234${planted.slice(46, 56)}…`);
    expect(finding?.excerpt).not.toContain('13812341234');
  });

  it.each([
    ['请与王华（13812341234）联系', '13812341234'],
    ['手机：138 1234 1234。', '138 1234 1234'],
    ['手机：138-1234-1234。', '138-1234-1234'],
    ['手机：+86 13812341234。', '+86 13812341234'],
    ['手机：8613812341234。', '8613812341234'],
    ['手机：１３８１２３４１２３４。', '１３８１２３４１２３４'],
    ['手机１９９１２３４５６７８。', '１９９１２３４５６７８'],
    ['手机：138.1234.5678。', '138.1234.5678'],
    ['手机：138—1234—5678。', '138—1234—5678'],
    ['手机：138\u00A01234\u30005678。', '138\u00A01234\u30005678'],
    ['手机：1\u200B3\u200C8\u200D1\u20602\uFEFF3\u00AD4\u200E5678。', '1\u200B3\u200C8\u200D1\u20602\uFEFF3\u00AD4\u200E5678'],
    ['手机：１３８．１２３４\u200B５６７８。', '１３８．１２３４\u200B５６７８'],
  ])('finds the mobile in %s', (text, value) => {
    const findings = findSensitiveData(text);
    expect(findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([['MOBILE', value]]);
  });

  it('does not take a longer digit run, or a serial joined by a dash or a point, for a mobile', () => {
    expect(kinds('编号213812341234，编号1381234123412。')).toEqual([]);
    expect(kinds('编号2022-13812341234，金额13812341234.50元。')).toEqual([]);
  });

  it('finds ID numbers with a valid check digit and a real birth date, 18 or 15 digits', () => {
    expect(kinds(`申请人身份证号${ID}，住址略。`)).toEqual(['ID_NUMBER']);
    const wrongCheck = `${ID.slice(0, 17)}${ID.endsWith('1') ? '2' : '1'}`;
    expect(kinds(`编号${wrongCheck}，`)).toEqual([]);
    // Named as an ID number, a wrong check digit still gives away region and birth date.
    expect(kinds(`身份证号：${wrongCheck}，`)).toEqual(['ID_NUMBER']);
    expect(kinds('身份证110105194912310029）')).toEqual(['ID_NUMBER']);
    expect(kinds(`身份证号${withIdCheck('33070219580230401')}，`)).toEqual([]); // 30 February
    expect(kinds(`身份证号${withIdCheck('99070219580312401')}，`)).toEqual([]); // no province 99
    expect(kinds('老身份证330702580312401号码')).toEqual(['ID_NUMBER']);
    expect(kinds('编号330702581312401号码')).toEqual([]); // month 13
    expect(kinds(`身份证号${withIdCheck('11010519491231002')}。`)).toEqual(['ID_NUMBER']); // ends in X
    expect(kinds('身份证号 330702 19580312 4016。')).toEqual(['ID_NUMBER']);
    expect(kinds('身份证号330702.19580312.4016，')).toEqual(['ID_NUMBER']);
    expect(kinds('身份证１１０１０５\u200B１９４９１２３１\u200B００２９，')).toEqual(['ID_NUMBER']);
  });

  it('finds bank card numbers that pass the Luhn check, written whole or in groups', () => {
    expect(kinds(`补贴发放至卡号${CARD_16}，`)).toEqual(['BANK_CARD']);
    expect(kinds(`补贴发放至卡号${CARD_19}，`)).toEqual(['BANK_CARD']);
    expect(kinds(`卡号 ${CARD_19.replace(/(\d{4})(?=\d)/g, '$1 ')} 已登记`)).toEqual(['BANK_CARD']);
    expect(kinds(`卡号${CARD_16.slice(0, 15)}${(Number(CARD_16.slice(15)) + 1) % 10}，`)).toEqual([]);
  });

  it('reports an ID number that also passes the Luhn check once, as an ID number', () => {
    const both = Array.from({ length: 1000 }, (_, i) => withIdCheck(`44030419900307${String(i).padStart(3, '0')}`)).find(
      (id) => /^\d{18}$/.test(id) && passesLuhn(id),
    );
    expect(both).toBeDefined();
    expect(kinds(`号码${both}。`)).toEqual(['ID_NUMBER']);
  });

  it('masks every value in an excerpt and keeps it on its own line', () => {
    const findings = findSensitiveData(`第一行\n电话13812341234、13912341234，身份证${ID}\n第三行`);
    expect(findings.map((f) => [f.kind, f.line, f.excerpt])).toEqual([
      ['MOBILE', 2, '电话138****1234、139****1234…'],
      ['MOBILE', 2, '…138****1234、139****1234，身份证330*************16'],
      ['ID_NUMBER', 2, '…139****1234，身份证330*************16'],
    ]);
  });

  it('finds any mobile planted in any text, at its exact place, and never shows it in the excerpt', () => {
    const chinese = fc.string({ unit: fc.constantFrom(...'政务公开工作要点，。、（）的和区街道'), maxLength: 30 });
    fc.assert(
      fc.property(chinese, fc.constantFrom(...'3456789'), fc.stringMatching(/^\d{9}$/), chinese, (before, second, rest, after) => {
        const mobile = `1${second}${rest}`;
        const [finding, ...others] = findSensitiveData(before + mobile + after);
        expect(others).toEqual([]);
        expect(finding).toMatchObject({ kind: 'MOBILE', start: before.length, end: before.length + 11 });
        expect(finding?.excerpt).not.toContain(mobile);
      }),
    );
  });
});

describe('maskSensitiveData', () => {
  it('masks every value in place and leaves the rest of the text as written', () => {
    expect(maskSensitiveData(`已电话联系王小华（13812345678，身份证110105194912310029），卡号${CARD_16}。`)).toBe(
      '已电话联系王小华（138****5678，身份证110*************29），卡号************7894。',
    );
  });

  it('masks values hidden behind dots, full-width digits and zero-width spaces, taking the hidden characters too', () => {
    expect(maskSensitiveData('电话138.1234.5678或１３９\u200B１２３４\u200B５６７８，谢谢')).toBe('电话138****5678或139****5678，谢谢');
  });

  it('leaves text without private numbers untouched', () => {
    const text = '建议在人民路12号旁修建口袋公园，约2000平方米，预算120.5万元。';
    expect(maskSensitiveData(text)).toBe(text);
  });
});

describe('describeFinding', () => {
  it('tells staff the line, the kind and where, in plain Chinese', () => {
    const [finding] = findSensitiveData('一、通知\n二、安排\n三、如有疑问，请联系电话13812341234，请于本周内回复。');
    expect(finding && describeFinding(finding)).toBe('第3行有未遮挡的手机号：…如有疑问，请联系电话138****1234，请于本周内回复。');
  });
});
