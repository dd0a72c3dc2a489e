import { isPlainEmail } from './email';

describe('isPlainEmail', () => {
  it.each([
    'li.wei@forwarder.example',
    "o'brien+ops@bright-lamps.example",
    'shipping_cn@msc.example',
    'zhāng@bücher.example',
    '李伟@例子.example',
    'a@b.co',
  ])('takes %j', (email) => {
    expect(isPlainEmail(email)).toBe(true);
  });

  it.each([
    ['a quoted local part with CR/LF', '"evil\r\nBcc: victim@x.io"@x.io'],
    ['a quoted local part with a comma', '"a,b"@x.io'],
    ['a quoted local part with angle brackets', '"a<b>"@x.io'],
    ['any quoted local part', '"ab"@x.io'],
    ['a bare comma', 'a,b@x.io'],
    ['angle brackets', '<a@x.io>'],
    ['a display name', 'Mallory <a@x.io>'],
    ['a space', 'a b@x.io'],
    ['a no-break space', 'a\u00a0b@x.io'],
    ['a line feed', 'a@x.io\n'],
    ['a next-line character', 'ab\u0085@x.io'],
    ['a zero-width space', 'a\u200bb@x.io'],
    ['a right-to-left override', 'a\u202eb@x.io'],
    ['a NUL', 'a\u0000b@x.io'],
    ['two @', 'a@b@x.io'],
    ['no local part', '@x.io'],
    ['a leading dot', '.a@x.io'],
    ['two dots in a row', 'a..b@x.io'],
    ['an IP literal', 'a@[192.0.2.1]'],
    ['no domain dot', 'a@localhost'],
    [
      'more than 254 characters',
      `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.io`,
    ],
    ['not a string', 42],
  ])('refuses %s', (_name, email) => {
    expect(isPlainEmail(email)).toBe(false);
  });

  it('takes a host without a top-level domain only when asked (MAIL_FROM)', () => {
    expect(isPlainEmail('ops@localhost', { requireTld: false })).toBe(true);
    expect(isPlainEmail('"ops"@localhost', { requireTld: false })).toBe(false);
  });
});
