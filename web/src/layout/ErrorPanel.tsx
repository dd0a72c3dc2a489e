import { Button, Result } from 'antd';
import { isApiError } from '../api/errors';
import { useT } from '../i18n/context';

/**
 * A failed load, said in the user's words: the network, or the service's failure with its correlation id
 * (the log has the cause under it), or the envelope's own message.
 */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  let detail: string;
  if (isApiError(error, 0)) detail = t('error.network');
  else if (isApiError(error) && error.status >= 500)
    detail = t('error.server', { correlationId: error.correlationId ?? '—' });
  else detail = error instanceof Error ? error.message : String(error);
  return (
    <Result
      status="warning"
      title={t('error.title')}
      subTitle={detail}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
