import { normalizeDocumentNumber } from './document-number';
import { DOCUMENT_NUMBERS_AS_WRITTEN } from './fixtures';

describe('文号', () => {
  it.each([
    ...DOCUMENT_NUMBERS_AS_WRITTEN,
    '婺政办发【2022】21号',
    '婺政办发 〔 2022 〕 21 号',
    '婺政辦發〔2022〕21號',
    '婺政办发（2O22）2l号',
    '婺政办发〔2022]21号',
  ])('normalises %s to 婺政办发〔2022〕21号', (written) => {
    expect(normalizeDocumentNumber(written)).toBe('婺政办发〔2022〕21号');
  });

  it('keeps a 第 before the serial number', () => {
    expect(normalizeDocumentNumber('宁政公开办发〔2021〕第28号')).toBe('宁政公开办发〔2021〕第28号');
  });

  it('does not take a sentence that quotes a document number for one', () => {
    expect(normalizeDocumentNumber('全面落实《全区“政府开放日”工作方案》(宁政公开办发〔2021〕28号)')).toBeNull();
  });
});
