import { toSimplified } from './chinese';
import { unicodePattern } from './unicode-pattern';

// Masking for anything a resident or the public sees (隐私信息要遮掩). Each helper accepts whatever a
// form or an import produced: null and undefined give '' (nothing to show), and input that does not
// look like the expected kind still comes back masked, never whole, so a bad record cannot leak.

type MaybeText = string | null | undefined;

const MASK = '*';

/**
 * The characters with all but `head` leading and `tail` trailing ones masked. Whatever is asked for,
 * at least a third of the characters (and at least one) are masked, so short or odd input is never
 * shown whole. (A third is what 王*华 hides; no format below shows more than that.)
 */
function keepEnds(chars: readonly string[], head: number, tail: number): string {
  const shown = Math.max(0, Math.min(head + tail, chars.length - Math.max(1, Math.ceil(chars.length / 3))));
  const keptHead = Math.min(head, shown);
  const keptTail = Math.min(tail, shown - keptHead);
  const masked = chars.length - keptHead - keptTail;
  return chars.slice(0, keptHead).join('') + MASK.repeat(masked) + chars.slice(chars.length - keptTail).join('');
}

/** Code points (so a rare character outside the BMP counts as one), full-width forms folded. */
function folded(value: string): string[] {
  return Array.from(value.normalize('NFKC').trim());
}

/** The value without the spaces, dashes and dots people put inside numbers. */
function compact(value: string): string {
  return value.normalize('NFKC').replace(/[\s\-—.·()]/gu, '');
}

// Area codes: 010 and 02x have three digits, all others four (0579, 0951 …).
const LANDLINE = /^(01\d|02\d|0[3-9]\d{2})(\d{7,8})$/u;

/**
 * Mobile numbers as `138****1234` (a +86 / 0086 / 86 prefix and separators are dropped); landlines
 * keep the area code and the last 4 digits (`0579-****5678`).
 */
export function maskMobile(value: MaybeText): string {
  if (value == null) return '';
  const digits = compact(value).replace(/^(?:\+|00)?86(?=1\d{10}$)/u, '');
  if (/^1\d{10}$/u.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  const landline = LANDLINE.exec(digits);
  if (landline?.[1] && landline[2]) return `${landline[1]}-${keepEnds(Array.from(landline[2]), 0, 4)}`;
  return keepEnds(folded(value), 0, 4);
}

/**
 * Resident ID numbers (18 digits, the last may be X; or the old 15 digits) keep the first 3 and the
 * last 2 characters, length kept: 11010519491231002X → 110*************2X. The standard allows up to
 * 6 + 4 and asks for less; 3 digits name only the province and part of the city, so neither the
 * county, the birth date (digits 7–14) nor the sequence number shows, while a resident can still
 * recognise their own entry in a public list by name and ending.
 */
export function maskIdNumber(value: MaybeText): string {
  if (value == null) return '';
  const id = compact(value).toUpperCase();
  if (/^(?:\d{17}[\dX]|\d{15})$/u.test(id)) return keepEnds(Array.from(id), 3, 2);
  return keepEnds(folded(value), 0, 2);
}

// Two-character surnames (复姓) from the 百家姓 and common use, in Simplified; names in Traditional
// are compared after conversion.
const COMPOUND_SURNAMES = new Set(
  ('欧阳 太史 端木 上官 司马 东方 独孤 南宫 万俟 闻人 夏侯 诸葛 尉迟 公羊 赫连 澹台 皇甫 宗政 濮阳 公冶 太叔 申屠 ' +
    '公孙 慕容 仲孙 钟离 长孙 宇文 司徒 鲜于 司空 闾丘 子车 亓官 司寇 巫马 公西 颛孙 壤驷 公良 漆雕 乐正 宰父 ' +
    '谷梁 拓跋 夹谷 轩辕 令狐 段干 百里 呼延 东郭 南门 羊舌 微生 梁丘 左丘 西门 第五 东里 即墨 达奚 褚师').split(' '),
);

const HAN = unicodePattern(String.raw`\p{Script=Han}`);

/**
 * Names keep the surname: 王小华 → 王*华, 王华 → 王*, 欧阳娜娜 → 欧阳**. A one-character or empty
 * name gives '*'. Names without Chinese characters keep their first letter (John Smith → J*********).
 */
export function maskName(value: MaybeText): string {
  if (value == null) return '';
  const chars = Array.from(value.trim());
  if (chars.length < 2) return MASK;
  if (!chars.some((c) => HAN().test(c))) return keepEnds(chars, 1, 0);
  if (chars.length === 2) return `${chars[0]}${MASK}`;
  const surname = chars.slice(0, 2).join('');
  if (COMPOUND_SURNAMES.has(toSimplified(surname))) return surname + MASK.repeat(chars.length - 2);
  return keepEnds(chars, 1, 1);
}

// The administrative part of an address, down to the street or township: an optional province,
// prefecture, county and township in that order. A unit's name is Han characters that name no other
// unit, road or building, so `人民路菜市场` is not taken for a city, and 社区 or 小区 (below the street
// level) is not taken for a district. Where that is too strict (路桥区) the address is masked from an
// earlier unit on, which is the safe side. Traditional forms are listed beside Simplified.
const NAME = '[^\\P{Script=Han}省市区區县縣镇鎮乡鄉街路巷弄号號幢栋棟楼樓室]';
const ADMIN_PREFIX = new RegExp(
  '^(?:' +
    [
      `(?:${NAME}{2,8}?(?:省|自治区|自治區|特别行政区|特別行政區)|北京市|天津市|上海市|重庆市|重慶市)`,
      `(?:${NAME}{1,8}?(?:市|自治州|地区|地區|盟))`,
      `(?:${NAME}{1,8}?(?:自治县|自治縣|县|縣|(?<![社小园園])区|(?<![社小园園])區|市|旗))`,
      `(?:${NAME}{1,8}?(?:街道|镇|鎮|乡|鄉|苏木|蘇木))`,
    ]
      .map((unit) => `${unit}?`)
      .join('') +
    ')',
  'u',
);

/**
 * Addresses keep the administrative part down to the district or street/township and hide the rest
 * behind a fixed `****`, so not even the length of the house address shows:
 * 浙江省金华市婺城区城西街道某某路12号3幢201室 → 浙江省金华市婺城区城西街道****.
 */
export function maskAddress(value: MaybeText): string {
  if (value == null) return '';
  const address = value.trim();
  if (address === '') return '';
  const prefix = ADMIN_PREFIX.exec(address)?.[0] ?? '';
  return `${prefix}****`;
}

/** Bank card numbers keep the last 4 digits: `************1234`. */
export function maskBankCard(value: MaybeText): string {
  if (value == null) return '';
  const digits = compact(value);
  return keepEnds(/^\d+$/u.test(digits) ? Array.from(digits) : folded(value), 0, 4);
}

/**
 * Private car plates keep the province, the city letter and the last 2 characters:
 * 浙G12345 → 浙G***45, 浙GD12345 → 浙G****45.
 */
export function maskPlate(value: MaybeText): string {
  if (value == null) return '';
  return keepEnds(Array.from(compact(value).toUpperCase()), 2, 2);
}

/**
 * Birth dates keep the year only: 1958-03-12 → 1958-**-**, 1958年3月12日 → 1958年*月**日,
 * 19580312 → 1958****. Without a leading 19xx or 20xx year every digit is masked.
 */
export function maskBirthDate(value: MaybeText): string {
  if (value == null) return '';
  const date = value.normalize('NFKC').trim();
  const year = /^(?:19|20)\d{2}/u.exec(date)?.[0] ?? '';
  const rest = date.slice(year.length);
  if (!/\d/u.test(rest)) return keepEnds(Array.from(date), 0, 0);
  return year + rest.replace(/\d/gu, MASK);
}
