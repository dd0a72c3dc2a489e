import { ConfigValidationError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(config.port).toBe(3000);
    expect(config.jwt.expiresInSeconds).toBe(8 * 3600);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and then needs JWT_SECRET', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/JWT_SECRET/);
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@h/db',
      JWT_SECRET: 'x'.repeat(32),
      DATABASE_POOL_SIZE: '4',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h/db',
      poolSize: 4,
      timeoutMs: 5000,
    });
    const patient = loadConfig({
      DATABASE_URL: 'postgres://u@h/db',
      JWT_SECRET: 'x'.repeat(32),
      DATABASE_TIMEOUT_MS: '60000',
    });
    expect(patient.database).toMatchObject({ timeoutMs: 60000 });
    expect(() => loadConfig({ DATABASE_TIMEOUT_MS: '10' })).toThrow(/DATABASE_TIMEOUT_MS/);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('pglite');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ ADMIN_EMAIL: 'a@b.co' }, 'ADMIN_EMAIL and ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long-enough-1' }, 'ADMIN_EMAIL'],
    [{ ADMIN_EMAIL: '"a,b"@x.io', ADMIN_PASSWORD: 'long-enough-1' }, 'ADMIN_EMAIL'],
    // The first admin's password is held to the policy every other password meets (checked once normalised).
    [{ ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'no-digits-at-all' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: '1234567890' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'short-1' }, 'ADMIN_PASSWORD'],
    [{ ADMIN_EMAIL: 'a@b.co', ADMIN_PASSWORD: 'Cafe\u0301e\u0301e\u03011' }, 'ADMIN_PASSWORD'],
    [{ MAIL_FROM: '"ops"@quayside.local' }, 'MAIL_FROM'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('refuses %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as ConfigValidationError).problems.some((p) => p.startsWith(variable))).toBe(true);
  });

  it("reads TRUST_PROXY as off, every hop, or the proxies' addresses, and refuses anything else", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,::1,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.0.1.0/24',
      '::1',
      'loopback',
    ]);
    for (const bad of ['yes', '1', '10.0.0.300', '10.0.0.0/33', 'proxy.local'])
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(
      /PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/,
    );
  });

  describe('the papers (issue 17)', () => {
    const USD = { currency: 'USD', bankName: 'BOC Shenzhen (USD)', account: 'USD-1', swift: 'BKCHCNBJ45A' };

    it('keeps the BANK_* keys as the base-currency account and reads BANK_ACCOUNTS for the others', () => {
      const config = loadConfig({ BANK_ACCOUNT: 'CNY-1', BANK_ACCOUNTS: JSON.stringify([USD]) });
      expect(config.company.bank).toMatchObject({ account: 'CNY-1' });
      expect(config.company.banks).toEqual({
        USD: {
          beneficiary: config.company.bank.beneficiary,
          bankName: 'BOC Shenzhen (USD)',
          account: 'USD-1',
          swift: 'BKCHCNBJ45A',
          bankAddress: null,
        },
      });
      expect(loadConfig({}).company.banks).toEqual({});
    });

    it.each([
      ['not json', 'BANK_ACCOUNTS must be a JSON list'],
      [JSON.stringify({ USD }), 'BANK_ACCOUNTS must be a JSON list'],
      [JSON.stringify([{ ...USD, currency: 'XYZ' }]), 'BANK_ACCOUNTS[0].currency'],
      [JSON.stringify([{ ...USD, currency: 'CNY' }]), 'base currency'],
      [JSON.stringify([USD, USD]), 'a second USD account'],
      [JSON.stringify([{ ...USD, account: '' }]), 'BANK_ACCOUNTS[0].account'],
      [JSON.stringify([{ currency: 'USD', account: 'X' }]), 'BANK_ACCOUNTS[0].bankName'],
    ])('refuses BANK_ACCOUNTS=%s', (value, message) => {
      expect(() => loadConfig({ BANK_ACCOUNTS: value })).toThrow(message);
    });

    it('picks the tax wording by DEBIT_NOTE_VAT_INVOICE unless both languages are given', () => {
      expect(loadConfig({}).documents.taxNote.en).toContain('will be issued separately');
      expect(loadConfig({ DEBIT_NOTE_VAT_INVOICE: 'none' }).documents.taxNote.en).toContain('no VAT invoice');
      expect(
        loadConfig({ DEBIT_NOTE_TAX_NOTE_ZH: '含税价', DEBIT_NOTE_TAX_NOTE_EN: 'VAT included' }).documents
          .taxNote,
      ).toEqual({ zh: '含税价', en: 'VAT included' });
      expect(() => loadConfig({ DEBIT_NOTE_TAX_NOTE_ZH: '含税价' })).toThrow(/set both or neither/);
      expect(() => loadConfig({ DEBIT_NOTE_VAT_INVOICE: 'maybe' })).toThrow(/DEBIT_NOTE_VAT_INVOICE/);
    });

    it('prints the configured booking terms, or the default', () => {
      expect(loadConfig({}).documents.bookingTerms.zh).toContain('每柜海运费');
      expect(
        loadConfig({ BOOKING_TERMS_ZH: '条款', BOOKING_TERMS_EN: 'Terms' }).documents.bookingTerms,
      ).toEqual({
        zh: '条款',
        en: 'Terms',
      });
      expect(() => loadConfig({ BOOKING_TERMS_EN: 'Terms' })).toThrow(
        /BOOKING_TERMS_ZH and BOOKING_TERMS_EN/,
      );
    });
  });
});
