import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** Clients (being built). */
export function ClientsPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.clients')}
    </Typography.Title>
  );
}
