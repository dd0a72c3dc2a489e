import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/context';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('error.notFound')}
      subTitle={t('error.notFoundDetail')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('error.backHome')}
        </Button>
      }
    />
  );
}
