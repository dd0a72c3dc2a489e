import type { QueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { meQuery } from './auth/session';
import { AppLayout } from './layout/AppLayout';
import { boardQuery } from './pages/board/board-query';
import { boardFiltersOf } from './pages/board/useBoardFilters';

/**
 * The console's routes. Each page is its own chunk, loaded when first visited: the sign-in page and the
 * board load only what they need (docs/console.md, "Size and speed"). Loaders start the requests a page will make as
 * the navigation begins, while its chunk is still loading, without waiting for them (the page reads them
 * from the query cache): who is signed in, and the board.
 */
export const createRouter = (queryClient: QueryClient) =>
  createBrowserRouter([
    {
      path: '/sign-in',
      HydrateFallback: Loading,
      lazy: async () => ({ Component: (await import('./pages/sign-in/SignInPage')).SignInPage }),
    },
    {
      Component: RequireAuth,
      HydrateFallback: Loading,
      loader: () => {
        void queryClient.prefetchQuery(meQuery);
        return null;
      },
      children: [
        {
          Component: AppLayout,
          children: [
            {
              index: true,
              // Home: the board for staff, the portal for a client user (HomePage chooses; GET /board is
              // staff-only). The board's data and chunk are started for staff only, once who is signed in is
              // known: at once when that is cached, else when the request the parent's loader began answers.
              loader: ({ request }) => {
                const filters = boardFiltersOf(new URL(request.url).searchParams);
                void queryClient.fetchQuery(meQuery).then(
                  (me) => {
                    if (me && me.role !== 'client') {
                      void import('./pages/board/BoardPage');
                      void queryClient.prefetchQuery(boardQuery(filters));
                    }
                  },
                  () => undefined,
                );
                return null;
              },
              lazy: async () => ({ Component: (await import('./pages/portal/HomePage')).HomePage }),
            },
            {
              path: 'shipments',
              lazy: async () => ({
                Component: (await import('./pages/shipments/ShipmentsPage')).ShipmentsPage,
              }),
            },
            {
              path: 'shipments/:id',
              lazy: async () => ({ Component: (await import('./pages/shipment/ShipmentPage')).ShipmentPage }),
            },
            {
              path: 'bookings/new',
              lazy: async () => ({ Component: (await import('./pages/booking/BookingPage')).BookingPage }),
            },
            {
              path: 'debit-notes',
              lazy: async () => ({
                Component: (await import('./pages/debit-notes/DebitNotesPage')).DebitNotesPage,
              }),
            },
            {
              path: 'debit-notes/:id',
              lazy: async () => ({
                Component: (await import('./pages/debit-notes/DebitNotePage')).DebitNotePage,
              }),
            },
            {
              path: 'payments',
              lazy: async () => ({ Component: (await import('./pages/payments/PaymentsPage')).PaymentsPage }),
            },
            {
              path: 'payables',
              lazy: async () => ({ Component: (await import('./pages/payables/PayablesPage')).PayablesPage }),
            },
            {
              path: 'receivables',
              lazy: async () => ({
                Component: (await import('./pages/receivables/ReceivablesPage')).ReceivablesPage,
              }),
            },
            {
              path: 'approvals',
              lazy: async () => ({
                Component: (await import('./pages/approvals/ApprovalsPage')).ApprovalsPage,
              }),
            },
            {
              path: 'clients',
              lazy: async () => ({ Component: (await import('./pages/clients/ClientsPage')).ClientsPage }),
            },
            {
              path: 'clients/:id',
              lazy: async () => ({ Component: (await import('./pages/clients/ClientPage')).ClientPage }),
            },
            {
              path: 'admin/users',
              lazy: async () => ({ Component: (await import('./pages/admin/UsersPage')).UsersPage }),
            },
            {
              path: 'admin/carriers',
              lazy: async () => ({ Component: (await import('./pages/admin/CarriersPage')).CarriersPage }),
            },
            {
              path: 'admin/floor-prices',
              lazy: async () => ({
                Component: (await import('./pages/admin/FloorPricesPage')).FloorPricesPage,
              }),
            },
            {
              path: 'admin/fee-rules',
              lazy: async () => ({ Component: (await import('./pages/admin/FeeRulesPage')).FeeRulesPage }),
            },
            {
              path: 'admin/paper-rules',
              lazy: async () => ({
                Component: (await import('./pages/admin/PaperRulesPage')).PaperRulesPage,
              }),
            },
            {
              path: 'admin/audit',
              lazy: async () => ({ Component: (await import('./pages/admin/AuditPage')).AuditPage }),
            },
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./pages/NotFoundPage')).NotFoundPage }),
            },
          ],
        },
      ],
    },
  ]);

/** While the first page's chunk loads (a blank page otherwise). */
function Loading() {
  return <Spin fullscreen />;
}
