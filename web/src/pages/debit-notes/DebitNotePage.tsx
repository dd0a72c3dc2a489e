import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** One debit note: the draft editor or the issued note (being built). */
export function DebitNotePage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.debitNotes')}
    </Typography.Title>
  );
}
