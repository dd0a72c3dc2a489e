import { Typography } from 'antd';
import { useT } from '../../i18n/context';

/** Users (being built). */
export function UsersPage() {
  const t = useT();
  return (
    <Typography.Title level={1} className="page-title">
      {t('nav.users')}
    </Typography.Title>
  );
}
