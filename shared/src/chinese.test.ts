import fc from 'fast-check';
import { Converter } from 'opencc-js/t2cn';
import { convertibleCharacters } from '../scripts/convertible-characters';
import { searchForm, toSimplified } from './chinese';
import { CONVERTIBLE_CHARACTERS } from './convertible-characters';

describe('Chinese text forms', () => {
  it('turns Traditional characters into the Simplified ones residents type', () => {
    expect(toSimplified('政務公開 發佈 長者補貼')).toBe('政务公开 发布 长者补贴');
  });

  it('compares without spaces, line breaks, case or full-width forms', () => {
    expect(searchForm('政務\n公開 ＡＢＣ２０２２')).toBe('政务公开abc2022');
  });
});

describe('the conversion dictionaries, loaded only for text they could change', () => {
  it('leaves Simplified text and Latin letters alone without loading the dictionaries', () => {
    let loaded = false;
    jest.isolateModules(() => {
      jest.doMock('opencc-js/t2cn', () => {
        loaded = true;
        return jest.requireActual('opencc-js/t2cn');
      });
      const chinese = require('./chinese') as typeof import('./chinese');
      expect(chinese.searchForm('婺城区 政务公开 2022 年工作要点 ABC')).toBe('婺城区政务公开2022年工作要点abc');
      expect(loaded).toBe(false);
      expect(chinese.toSimplified('長者')).toBe('长者');
      expect(loaded).toBe(true);
    });
  });

  it('gives exactly what the converter gives, for any mix of Traditional, Simplified and other text', () => {
    const converter = Converter({ from: 'hk', to: 'cn' });
    const characters = fc.constantFrom(...'政務公開發佈長者補貼台灣臺灣著名干涉乾燥後面后妃里裏隻只髮頭系係繫 政务公开发布长者补贴abcＡ１\n。，〔〕𠀀𡘙鍾鐘'.split(''), ...Array.from(CONVERTIBLE_CHARACTERS).slice(0, 300));
    fc.assert(fc.property(fc.array(characters, { maxLength: 30 }), (chars) => {
      const text = chars.join('');
      expect(toSimplified(text)).toBe(converter(text));
    }));
  });

  it('knows every character that starts an entry of the current dictionaries (else: npx tsx shared/scripts/convertible-characters.ts)', () => {
    expect(CONVERTIBLE_CHARACTERS).toBe(convertibleCharacters());
  });
});
