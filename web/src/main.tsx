import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AntdProvider } from './AntdProvider';
import { isApiError } from './api/errors';
import { endSession } from './auth/session';
import { CSP_NONCE, nonceScriptStyles } from './csp';
import { I18nProvider } from './i18n/I18nProvider';
import { takeLanguageFromUrl } from './i18n/language';
import { createRouter } from './router';
import './styles.css';

/** A 401 anywhere means the session is over: forget what was loaded, and RequireAuth sends to sign in. */
function onError(error: unknown): void {
  if (isApiError(error, 401)) endSession(queryClient);
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // A refusal (4xx) does not change by asking again; a network failure or 5xx may.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: true,
    },
  },
});

nonceScriptStyles(CSP_NONCE);
// `?lang=` leaves the address before the router reads it, so it is not carried into `?next=` and back.
takeLanguageFromUrl();
const router = createRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <AntdProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntdProvider>
    </I18nProvider>
  </StrictMode>,
);
