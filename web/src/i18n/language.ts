/**
 * Which language the console shows, in this order: `?lang=` in a URL (kept for the browser tab's session),
 * then the user's saved preference (`language` of GET /auth/me), then the last language this browser showed
 * (for the sign-in page, before anyone is known), then Chinese.
 */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh';

/** `?lang=en` sets the language for this tab's session (sessionStorage), over the saved preference. */
const SESSION_KEY = 'quayside.language.session';
/** The last language shown in this browser: the sign-in page's, before the user is known. */
const BROWSER_KEY = 'quayside.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Storage can be refused (private windows, policies): the console then just forgets. */
function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}
function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Not kept: the language still applies to this page.
  }
}

/**
 * Takes `?lang=` off the address (into the session) and answers the session's language, if any. Run once, as
 * the app starts, so a later switch in the header is not undone by the address on reload.
 */
export function takeLanguageFromUrl(): Language | null {
  const url = new URL(window.location.href);
  const given = url.searchParams.get('lang');
  if (isLanguage(given)) {
    write(() => window.sessionStorage, SESSION_KEY, given);
    url.searchParams.delete('lang');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionLanguage();
}

export function sessionLanguage(): Language | null {
  const value = read(() => window.sessionStorage, SESSION_KEY);
  return isLanguage(value) ? value : null;
}

export function clearSessionLanguage(): void {
  write(() => window.sessionStorage, SESSION_KEY, null);
}

export function browserLanguage(): Language | null {
  const value = read(() => window.localStorage, BROWSER_KEY);
  return isLanguage(value) ? value : null;
}

export function rememberBrowserLanguage(language: Language): void {
  write(() => window.localStorage, BROWSER_KEY, language);
}

/** The value of `<html lang>` for a language. */
export function htmlLang(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
