import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { CSP_NONCE } from './csp';
import { useI18n } from './i18n/context';
import type { Language } from './i18n/language';
import { theme } from './theme';

const LOCALES = { zh: zhCN, en: enUS } satisfies Record<Language, unknown>;

/** Ant Design puts the page's nonce on the `<style>` elements it writes (src/csp.ts). */
const csp = { nonce: CSP_NONCE };
const BUTTON = { autoInsertSpace: false };

/** Ant Design in the console's language and theme. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return (
    // autoInsertSpace off: a two-character Chinese button reads 登录, as the message files write it, not 登 录.
    <ConfigProvider locale={LOCALES[language]} theme={theme} csp={csp} button={BUTTON}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
