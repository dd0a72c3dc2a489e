import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useMe } from '../../auth/session';

const BoardPage = lazy(async () => ({ default: (await import('../board/BoardPage')).BoardPage }));
const PortalHomePage = lazy(async () => ({ default: (await import('./PortalHomePage')).PortalHomePage }));

/**
 * The console's home (`/`): the operations board for staff; for a client user, who may not read the board
 * (GET /board is staff-only), the portal's home. Each is its own chunk, loaded only for whom it is.
 */
export function HomePage() {
  const me = useMe().data;
  return (
    <Suspense fallback={<Spin />}>{me?.role === 'client' ? <PortalHomePage /> : <BoardPage />}</Suspense>
  );
}
