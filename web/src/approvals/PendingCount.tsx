import { useQuery } from '@tanstack/react-query';
import { Badge } from 'antd';
import { Link } from 'react-router';
import { api, ok } from '../api/client';
import { useT } from '../i18n/context';
import { approvalKeys } from '../pages/approvals/queries';
import '../pages/approvals/approvals.css';

/**
 * Approvals about a shipment are refreshed by the live stream (its approval_* events); those about no
 * shipment are not on the stream, so the count is also fetched again each minute.
 */
const REFRESH_MS = 60_000;

/** How many pending approvals await the signed-in manager or admin: one count query (GET …/pending-count). */
export function usePendingApprovalCount() {
  return useQuery({
    queryKey: approvalKeys.pendingCount,
    queryFn: async () => (await ok(api.GET('/api/v1/approvals/pending-count'))).count,
    refetchInterval: REFRESH_MS,
  });
}

/** The header's "Approvals" link with the number waiting for a decision beside it. */
export function ApprovalsNavLink() {
  const t = useT();
  const count = usePendingApprovalCount().data ?? 0;
  return (
    <Link to="/approvals" data-testid="nav-approvals">
      {t('nav.approvals')}
      {count > 0 && (
        <Badge
          className="nav-badge"
          count={count}
          size="small"
          overflowCount={99}
          data-testid="pending-approvals-count"
        />
      )}
      {count > 0 && <span className="visually-hidden">{t('admin.approvals.pendingSuffix')}</span>}
    </Link>
  );
}
