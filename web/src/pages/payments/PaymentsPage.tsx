import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** Payments received and their allocation (being built). */
export function PaymentsPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.payments')}
    </Typography.Title>
  );
}
