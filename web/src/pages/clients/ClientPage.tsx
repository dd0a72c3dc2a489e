import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** One client (being built). */
export function ClientPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.clients')}
    </Typography.Title>
  );
}
