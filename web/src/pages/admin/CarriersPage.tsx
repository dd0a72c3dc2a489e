import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** Carriers (being built). */
export function CarriersPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.carriers')}
    </Typography.Title>
  );
}
