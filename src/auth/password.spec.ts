import * as argon2 from 'argon2';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('hashes the normalised text, so every way of typing it verifies', async () => {
    const hash = await hashPassword('Cafe\u0301-harbour-2026');
    await expect(verifyPassword(hash, 'Caf\u00e9-harbour-2026')).resolves.toBe('normalised');
    await expect(verifyPassword(hash, 'Cafe\u0301-harbour-2026')).resolves.toBe('normalised');
    await expect(verifyPassword(hash, 'Cafe-harbour-2026')).resolves.toBe(false);
  });

  it('still verifies a hash of text that was not normalised, and says so', async () => {
    const raw = 'harbour-２０２６';
    const old = await argon2.hash(raw, {
      type: argon2.argon2id,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    await expect(verifyPassword(old, raw)).resolves.toBe('raw');
    await expect(verifyPassword(old, 'harbour-2026')).resolves.toBe(false);
  });

  it('answers false, not an error, for the dummy hash and for a malformed one', async () => {
    await expect(verifyPassword(DUMMY_HASH, 'anything-1')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'anything-1')).resolves.toBe(false);
  });
});
