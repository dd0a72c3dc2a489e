import { createContext, useContext } from 'react';
import type { Language } from './language';
import type { MessageKey } from './zh';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  t: Translate;
  /** The user chose a language (the header's or the sign-in page's switch): it wins over `?lang=`. */
  choose: (language: Language) => void;
  /** The user's saved preference arrived (GET /auth/me): applied unless `?lang=` set one for this session. */
  applySaved: (language: Language) => void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export function useT(): Translate {
  return useI18n().t;
}
