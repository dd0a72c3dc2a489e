import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** The approvals inbox (being built). */
export function ApprovalsPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.approvals')}
    </Typography.Title>
  );
}
