import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** The audit log (being built). */
export function AuditPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.audit')}
    </Typography.Title>
  );
}
