import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../api/client';
import { isApiError } from '../api/errors';
import { queryKeys } from '../api/keys';
import type { Language } from '../i18n/language';

export type Me = Schemas['MeDto'];

/** Who is signed in, or null: a 401 is an answer here (signed out), not an error. */
async function fetchMe(): Promise<Me | null> {
  try {
    return await ok(api.GET('/api/v1/auth/me'));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

/** The `me` query, also started by the router as a navigation begins (router.tsx). */
export const meQuery = queryOptions({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

/** Any request answered 401 means the session ended (expired, password changed, deactivated): forget it all. */
export function endSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
  queryClient.setQueryData(queryKeys.me, null);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    // The token goes into an HttpOnly cookie, never into script's reach (docs/security.md).
    mutationFn: (input: { email: string; password: string }) =>
      ok(api.POST('/api/v1/auth/login', { body: { ...input, session: 'cookie' } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await ok(api.POST('/api/v1/auth/logout'));
      } catch (error) {
        // Already ended (401): signed out all the same.
        if (!isApiError(error, 401)) throw error;
      }
    },
    onSuccess: () => endSession(queryClient),
  });
}

/** Saves the user's language (PATCH /auth/me); the screen has switched already. */
export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => ok(api.PATCH('/api/v1/auth/me', { body: { language } })),
    onSuccess: (me) => queryClient.setQueryData(queryKeys.me, me),
  });
}
