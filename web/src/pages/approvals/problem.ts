import { isApiError } from '../../api/errors';
import type { Translate } from '../../i18n/context';

/** A refused write in the user's words: the network, a service failure with its reference, or the server's reason. */
export function problemText(error: unknown, t: Translate): string {
  if (isApiError(error, 0)) return t('error.network');
  if (isApiError(error) && error.status >= 500)
    return t('error.server', { correlationId: error.correlationId ?? '—' });
  if (isApiError(error, 409) && error.code === 'APPROVAL_ALREADY_DECIDED') return t('admin.problem.decided');
  if (isApiError(error, 412)) return t('admin.problem.stale');
  if (isApiError(error)) {
    const fields = error.details?.fields?.map((f) => `${f.field}: ${f.message}`) ?? [];
    return fields.length ? `${error.message} (${fields.join('; ')})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
