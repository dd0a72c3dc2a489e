import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** The debit notes list (being built). */
export function DebitNotesPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.debitNotes')}
    </Typography.Title>
  );
}
