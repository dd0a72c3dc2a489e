import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18n, type Translate } from './context';
import { en } from './en';
import {
  browserLanguage,
  clearSessionLanguage,
  DEFAULT_LANGUAGE,
  htmlLang,
  rememberBrowserLanguage,
  sessionLanguage,
  type Language,
} from './language';
import { zh, type Messages } from './zh';

const MESSAGES: Record<Language, Messages> = { zh, en };
const DAYJS_LOCALE: Record<Language, string> = { zh: 'zh-cn', en: 'en' };

/** Fills `{name}` from the values; a name without a value stays as written, so a gap shows. */
function format(text: string, values?: Record<string, string | number>): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The console's language and words. A typed context of our own rather than an i18n library: two languages,
 * no plurals to speak of (Chinese has none, the English texts avoid them), and keys the compiler checks.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(
    () => sessionLanguage() ?? browserLanguage() ?? DEFAULT_LANGUAGE,
  );

  useEffect(() => {
    document.documentElement.lang = htmlLang(language);
    document.title = MESSAGES[language]['app.name'];
    rememberBrowserLanguage(language);
  }, [language]);

  const choose = useCallback((next: Language) => {
    clearSessionLanguage();
    setLanguage(next);
  }, []);
  const applySaved = useCallback((saved: Language) => {
    setLanguage(sessionLanguage() ?? saved);
  }, []);

  const value = useMemo<I18n>(() => {
    // dayjs keeps its locale globally: set here, before the children format a date with it.
    dayjs.locale(DAYJS_LOCALE[language]);
    const messages = MESSAGES[language];
    const t: Translate = (key, values) => format(messages[key], values);
    return { language, t, choose, applySaved };
  }, [language, choose, applySaved]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
