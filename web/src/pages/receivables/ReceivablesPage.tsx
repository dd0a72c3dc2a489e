import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** Receivables aging by client (being built). */
export function ReceivablesPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.receivables')}
    </Typography.Title>
  );
}
