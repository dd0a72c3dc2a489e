import { Spin } from 'antd';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/context';
import { useMe } from './session';
import { ErrorPanel } from '../layout/ErrorPanel';

/**
 * The signed-in part of the console. A signed-out visitor is sent to sign in, with where they were going in
 * `?next=`, and comes back there after. The user's saved language applies once known.
 */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const { applySaved, t } = useI18n();
  const language = me.data?.language;

  useEffect(() => {
    if (language) applySaved(language);
  }, [language, applySaved]);

  if (me.isPending) return <Spin fullscreen description={t('app.loading')} />;
  if (me.isError) return <ErrorPanel error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
