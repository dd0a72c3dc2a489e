import { cleanFilename, contentDispositionFor, fromMultipartName, MAX_FILENAME_LENGTH } from './file-name';
import { acceptedType } from './file-types';

describe('cleanFilename', () => {
  it('keeps the last path part only, either slash', () => {
    expect(cleanFilename('../../etc/passwd', 'pdf')).toBe('passwd');
    expect(cleanFilename('C:\\Users\\x\\发票.pdf', 'pdf')).toBe('发票.pdf');
  });
  it('drops control characters, CR/LF and bidi overrides, and leading dots', () => {
    expect(cleanFilename('a\r\nb\u0000c\u202e.pdf', 'pdf')).toBe('abc.pdf');
    expect(cleanFilename('...hidden.pdf', 'pdf')).toBe('hidden.pdf');
  });
  it('names an empty name after the detected type', () => {
    expect(cleanFilename('..', 'png')).toBe('file.png');
    expect(cleanFilename(undefined, 'pdf')).toBe('file.pdf');
  });
  it('caps the length and keeps the extension', () => {
    const name = cleanFilename(`${'长'.repeat(500)}.xlsx`, 'xlsx');
    expect([...name].length).toBe(MAX_FILENAME_LENGTH);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});

describe('contentDispositionFor', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDispositionFor('装箱单 "v2".pdf', 'inline')).toBe(
      `inline; filename="___ _v2_.pdf"; filename*=UTF-8''%E8%A3%85%E7%AE%B1%E5%8D%95%20%22v2%22.pdf`,
    );
  });
});

describe('acceptedType', () => {
  it('takes PDF and refuses what file-type cannot tell or does not list', () => {
    expect(acceptedType({ ext: 'pdf', mime: 'application/pdf' }, 'x.exe')?.contentType).toBe(
      'application/pdf',
    );
    expect(acceptedType(undefined, 'x.pdf')).toBeUndefined();
    expect(acceptedType({ ext: 'exe', mime: 'application/x-msdownload' }, 'x.pdf')).toBeUndefined();
    expect(acceptedType({ ext: 'zip', mime: 'application/zip' }, 'x.xlsx')).toBeUndefined();
  });
  it('tells XLS from DOC by the name, within OLE files', () => {
    expect(acceptedType({ ext: 'cfb', mime: 'application/x-cfb' }, 'a.XLS')?.extension).toBe('xls');
    expect(acceptedType({ ext: 'cfb', mime: 'application/x-cfb' }, 'a.doc')?.extension).toBe('doc');
  });
});

describe('fromMultipartName', () => {
  it('undoes the HTML form escapes of quote, CR and LF only', () => {
    expect(fromMultipartName('a%22b%0D%0Ac%20.pdf')).toBe('a"b\r\nc%20.pdf');
  });
});
