import { Spin } from 'antd';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';

/**
 * The console's routes. Each page is its own chunk, loaded when first visited: the sign-in page and the
 * board load only what they need (docs/console.md, "Size").
 */
export const createRouter = () =>
  createBrowserRouter([
    {
      path: '/sign-in',
      HydrateFallback: Loading,
      lazy: async () => ({ Component: (await import('./pages/sign-in/SignInPage')).SignInPage }),
    },
    {
      Component: RequireAuth,
      HydrateFallback: Loading,
      children: [
        {
          Component: AppLayout,
          children: [
            {
              index: true,
              lazy: async () => ({ Component: (await import('./pages/board/BoardPage')).BoardPage }),
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
