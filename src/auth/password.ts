import * as argon2 from 'argon2';
import { normalisePassword } from '../common/validation/password';

// argon2id at OWASP's recommended minimum (19 MiB, 2 passes): about 20 ms here, costly for a guesser.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The hash of a password as it will be compared: its NFKC form (src/common/validation/password.ts). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalisePassword(password), OPTIONS);
}

/**
 * Whether `password` is the one `hash` was made from: `normalised` when its NFKC form matches; `raw` when
 * only the text exactly as typed does (a hash stored before passwords were normalised: the caller may store
 * the normalised hash now); false otherwise. The raw text is tried only when normalising changed it.
 */
export async function verifyPassword(hash: string, password: string): Promise<'normalised' | 'raw' | false> {
  const normalised = normalisePassword(password);
  if (await verify(hash, normalised)) return 'normalised';
  if (normalised !== password && (await verify(hash, password))) return 'raw';
  return false;
}

async function verify(hash: string, text: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, text);
  } catch {
    return false;
  }
}

/** Compared against when the e-mail is unknown, so a login takes as long whether or not the user exists. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$8pM7F8A4m3Wv8uYw1mSg2hYQnJ7xW3b5P2Sx9sXjv3E';
