import { Alert, Button } from 'antd';
import { isApiError } from '../../api/errors';
import { useT } from '../../i18n/context';
import { useMissing } from '../shipment/WriteProblem';

/**
 * Why a write to a note or a payment did not happen, in the service's words (docs/api.md "Errors"): its
 * message, what is missing (422) and the fields at fault (400/422); a 412 asks for a reload; a 5xx gives the
 * correlation id to quote.
 */
export function NoteProblem({
  error,
  title,
  onReload,
}: {
  error: unknown;
  title?: string;
  onReload?: () => void;
}) {
  const t = useT();
  const missing = useMissing();
  if (!error) return null;
  if (isApiError(error, 412)) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="note-problem"
        title={t('accounts.editor.conflict')}
        action={onReload && <Button onClick={onReload}>{t('accounts.editor.reload')}</Button>}
      />
    );
  }
  if (!isApiError(error)) {
    return (
      <Alert
        type="error"
        showIcon
        title={error instanceof Error ? error.message : t('error.title')}
        data-testid="note-problem"
      />
    );
  }
  if (error.status === 0) return <Alert type="error" showIcon title={t('error.network')} />;
  if (error.status >= 500) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="note-problem"
        title={t('error.server', { correlationId: error.correlationId ?? '—' })}
      />
    );
  }
  // The service may say one thing as a missing line and as a field's message: each said once.
  const lines = [
    ...new Set([
      ...(error.details?.missing ?? []).map(missing),
      ...(error.details?.fields ?? []).map((f) => f.message),
    ]),
  ];
  if (title && lines.length === 0) lines.push(error.message);
  return (
    <Alert
      type={error.status === 409 || error.status === 422 ? 'warning' : 'error'}
      showIcon
      data-testid="note-problem"
      title={title ?? error.message}
      description={
        lines.length ? (
          <ul className="accounts-problem-lines">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
