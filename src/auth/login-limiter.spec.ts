import { addressKey, KNOWN_ADDRESS_MS, LoginAttempt, LoginLimiter, LoginRefusal } from './login-limiter';

const WINDOW = 60_000;
const LIMIT = 3;

/** A limiter on a clock the test moves. */
function limiter(): { limiter: LoginLimiter; advance: (ms: number) => void } {
  let now = 1_000_000;
  return {
    limiter: new LoginLimiter({ limit: LIMIT, windowMs: WINDOW }, () => now),
    advance: (ms) => (now += ms),
  };
}

const admitted = (verdict: LoginRefusal | LoginAttempt): LoginAttempt => {
  if (verdict.refused) throw new Error(`refused for ${verdict.retryAfterMs} ms`);
  return verdict;
};
const refusal = (verdict: LoginRefusal | LoginAttempt): number => {
  if (!verdict.refused) throw new Error('admitted');
  return verdict.retryAfterMs;
};
const fail = (l: LoginLimiter, address: string, account = 'admin@x.io'): void =>
  admitted(l.begin(address, account)).failed();

describe('LoginLimiter', () => {
  it('limits one address to LIMIT attempts a window, whatever the accounts and outcomes', () => {
    const { limiter: l, advance } = limiter();
    fail(l, '10.0.0.1', 'a@x.io');
    admitted(l.begin('10.0.0.1', 'b@x.io')).succeeded();
    fail(l, '10.0.0.1', 'c@x.io');
    expect(refusal(l.begin('10.0.0.1', 'd@x.io'))).toBe(WINDOW);
    advance(WINDOW / 2);
    expect(refusal(l.begin('10.0.0.1', 'd@x.io'))).toBe(WINDOW / 2);
    advance(WINDOW / 2);
    admitted(l.begin('10.0.0.1', 'd@x.io'));
  });

  it('never refuses the right password from another address because of someone else’s failures', () => {
    const { limiter: l } = limiter();
    for (let i = 0; i < LIMIT; i++) fail(l, '203.0.113.7');
    expect(l.begin('203.0.113.7', 'admin@x.io').refused).toBe(true);
    admitted(l.begin('198.51.100.20', 'admin@x.io')).succeeded();
  });

  it('under attack: one guess per address, then that address waits 1, 2, 4 … windows, up to 2^10', () => {
    const { limiter: l, advance } = limiter();
    for (let i = 0; i < LIMIT; i++) fail(l, `192.0.2.${i}`);
    fail(l, '192.0.2.100');
    expect(refusal(l.begin('192.0.2.100', 'admin@x.io'))).toBe(WINDOW);
    // Another account from the same address is not held to this account's wait.
    admitted(l.begin('192.0.2.100', 'other@x.io')).succeeded();
    const waits: number[] = [];
    for (let strike = 2; strike <= 13; strike++) {
      advance(refusal(l.begin('192.0.2.100', 'admin@x.io')));
      // Keep the account under attack: LIMIT fresh failures in this window first.
      for (let i = 0; i < LIMIT; i++) fail(l, `198.18.${strike}.${i}`);
      fail(l, '192.0.2.100');
      waits.push(refusal(l.begin('192.0.2.100', 'admin@x.io')) / WINDOW);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1024, 1024]);
  });

  it('caps guesses from addresses not known for the account at LIMIT more a window: 2 x LIMIT in all', () => {
    const { limiter: l, advance } = limiter();
    let verified = 0;
    for (let i = 0; i < 1000; i++) {
      const verdict = l.begin(`198.51.${i >> 8}.${i & 255}`, 'admin@x.io');
      if (verdict.refused) continue;
      verified++;
      verdict.failed();
    }
    expect(verified).toBe(2 * LIMIT);
    // The next window starts afresh.
    advance(WINDOW);
    admitted(l.begin('198.51.200.1', 'admin@x.io')).failed();
  });

  it('lets an address known for the account in past the cap; a new address waits for the window', () => {
    const { limiter: l, advance } = limiter();
    admitted(l.begin('198.51.100.30', 'admin@x.io')).succeeded();
    for (let i = 0; i < 2 * LIMIT; i++) fail(l, `192.0.2.${i}`);
    expect(l.begin('198.51.100.31', 'admin@x.io').refused).toBe(true);
    admitted(l.begin('198.51.100.30', 'admin@x.io')).succeeded();
    // Known for 30 days from its last success.
    advance(KNOWN_ADDRESS_MS - WINDOW);
    for (let i = 0; i < 2 * LIMIT; i++) fail(l, `192.0.3.${i}`);
    admitted(l.begin('198.51.100.30', 'admin@x.io')).succeeded();
  });

  it('counts guesses sent at once before any is answered', () => {
    const { limiter: l } = limiter();
    const inFlight = Array.from({ length: 50 }, (_, i) => l.begin(`192.0.2.${i}`, 'admin@x.io'));
    expect(inFlight.filter((v) => !v.refused)).toHaveLength(2 * LIMIT);
  });

  it('does not count a success against the account', () => {
    const { limiter: l } = limiter();
    for (let i = 0; i < 10; i++) admitted(l.begin(`10.0.${i}.1`, 'admin@x.io')).succeeded();
    // Still not under attack: the next address is not held to the cap, nor made to wait after a failure.
    fail(l, '10.0.99.1');
    admitted(l.begin('10.0.99.1', 'admin@x.io'));
  });
});

describe('addressKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8::/64'],
    ['::1', '::/64'],
    ['fe80::1%eth0', 'fe80::/64'],
    ['not-an-address', 'not-an-address'],
  ])('%s counts as %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});
