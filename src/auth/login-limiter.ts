import { LRUCache } from 'lru-cache';
import ipaddr from 'ipaddr.js';

/** LOGIN_RATE_LIMIT attempts per LOGIN_RATE_WINDOW_SECONDS. */
export interface LoginLimits {
  limit: number;
  windowMs: number;
}

/** An attempt refused before its password is looked at. */
export interface LoginRefusal {
  refused: true;
  retryAfterMs: number;
}

/** An attempt let through: its password is verified, and the outcome reported back exactly once. */
export interface LoginAttempt {
  refused: false;
  succeeded(): void;
  failed(): void;
}

/** Addresses, accounts and address × account pairs remembered at most, each (a few dozen bytes apiece). */
const TRACKED = 100_000;
/** A wait doubles with each wrong guess, up to 2^10 windows (about 17 hours at a minute). */
const MAX_DOUBLINGS = 10;
/** How long an address stays known for an account after a login that succeeded there. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 3600_000;
/** How long an address's wrong guesses are held against it once its wait is over. */
const STRIKES_KEPT_MS = 24 * 3600_000;

interface Window {
  resetAt: number;
  /** Attempts (per address); failures and attempts still being verified (per account). */
  count: number;
  /** Per account: guesses let through from addresses not known for it while it was under attack. */
  unknownGuesses: number;
}

interface Pair {
  /** Wrong guesses made from this address while the account was under attack. */
  strikes: number;
  /** Refused until then. */
  waitUntil: number;
  /** A login succeeded from this address: known for the account until then. */
  knownUntil: number;
}

/**
 * Login attempts, limited so that guessing is slow and a stranger cannot lock a user out
 * (docs/security.md, "Issue 11: authentication"):
 * - per address: `limit` attempts per window, whatever the account (as before);
 * - per account: once `limit` attempts have failed (or are being verified) in a window, the account is
 *   under attack for the rest of it. Then each address may guess once: a wrong guess makes that address wait
 *   a window for that account, then 2, 4, … (its own mistakes only, never someone else's); and guesses from
 *   addresses not known for the account are capped at `limit` more per window in all, however many addresses
 *   they come from. An address where the account logged in successfully is known for 30 days and is never
 *   held to that cap, so the user gets in from where they usually work even during an attack from anywhere.
 * So at most 2 × `limit` guesses per window reach the password of one account, and one address is heard
 * fewer times the longer it keeps guessing. Counters are per instance and in memory, as before.
 * Pure: the clock is given, so the rules are unit-tested without waiting.
 */
export class LoginLimiter {
  private readonly addresses = new LRUCache<string, Window>({ max: TRACKED });
  private readonly accounts = new LRUCache<string, Window>({ max: TRACKED });
  private readonly pairs = new LRUCache<string, Pair>({ max: TRACKED });

  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Admits or refuses an attempt on `account` (the normalised e-mail) from `address` (the client address). */
  begin(address: string, account: string): LoginRefusal | LoginAttempt {
    const now = this.now();
    const from = addressKey(address);
    const pairKey = `${from}\u0000${account}`;
    const pair = this.pairs.get(pairKey);
    if (pair && pair.waitUntil > now) return refuse(pair.waitUntil - now);

    const perAddress = this.window(this.addresses, from, now);
    if (perAddress.count >= this.limits.limit) return refuse(perAddress.resetAt - now);
    const perAccount = this.window(this.accounts, account, now);
    const underAttack = perAccount.count >= this.limits.limit;
    if (underAttack && !(pair && pair.knownUntil > now)) {
      if (perAccount.unknownGuesses >= this.limits.limit) return refuse(perAccount.resetAt - now);
      perAccount.unknownGuesses++;
    }
    perAddress.count++;
    // Counted as a failure until it is known not to be one: guesses sent at once are all counted at once.
    perAccount.count++;

    let settled = false;
    return {
      refused: false,
      succeeded: () => {
        if (settled) return;
        settled = true;
        if (this.accounts.get(account) === perAccount) perAccount.count--;
        this.pairs.set(
          pairKey,
          { strikes: 0, waitUntil: 0, knownUntil: this.now() + KNOWN_ADDRESS_MS },
          { ttl: KNOWN_ADDRESS_MS },
        );
      },
      failed: () => {
        if (settled || !underAttack) {
          settled = true;
          return;
        }
        settled = true;
        const at = this.now();
        const before = this.pairs.get(pairKey);
        const strikes = (before?.strikes ?? 0) + 1;
        const waitUntil = at + this.limits.windowMs * 2 ** Math.min(strikes - 1, MAX_DOUBLINGS);
        this.pairs.set(
          pairKey,
          { strikes, waitUntil, knownUntil: before?.knownUntil ?? 0 },
          { ttl: Math.max(waitUntil - at + STRIKES_KEPT_MS, (before?.knownUntil ?? 0) - at) },
        );
      },
    };
  }

  /** The current window of `key`, a new one when the last is over. */
  private window(cache: LRUCache<string, Window>, key: string, now: number): Window {
    let window = cache.get(key);
    if (!window || window.resetAt <= now) {
      window = { resetAt: now + this.limits.windowMs, count: 0, unknownGuesses: 0 };
      cache.set(key, window, { ttl: this.limits.windowMs });
    }
    return window;
  }
}

const refuse = (ms: number): LoginRefusal => ({ refused: true, retryAfterMs: Math.max(ms, 1) });

/**
 * The address a limit counts: IPv4 as it is (also when written as an IPv4-mapped IPv6 address), IPv6 by its
 * /64 network, since one host or home line is commonly given a whole /64 and could otherwise use a fresh
 * address for every guess.
 */
export function addressKey(ip: string): string {
  const bare = ip.replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return ip;
  const address = ipaddr.process(bare);
  if (address.kind() === 'ipv4') return address.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`);
  return `${network.toString()}/64`;
}
