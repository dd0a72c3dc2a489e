import { Segmented } from 'antd';
import { useI18n } from '../i18n/context';
import { isLanguage, LANGUAGES, type Language } from '../i18n/language';

/**
 * 中文 | English. Each language is named in itself, so whoever cannot read the current one still finds theirs.
 * `onChosen` saves the choice (the header, signed in); the screen switches at once either way.
 */
export function LanguageSwitch({ onChosen }: { onChosen?: (language: Language) => void }) {
  const { language, choose, t } = useI18n();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      size="small"
      value={language}
      options={LANGUAGES.map((value) => ({
        value,
        label: <span lang={value === 'zh' ? 'zh-CN' : 'en'}>{t(`language.${value}`)}</span>,
      }))}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        choose(value);
        onChosen?.(value);
      }}
    />
  );
}
