import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '@/app/router';
import { installSessionHandling, routerNavigation } from '@/app/session';
import { detectSessionSource, setToken } from '@/features/auth/utils/token-store';
import { DEMO_TOKENS } from '@mocks/tokens';
import { createTestQueryClient } from './render';

type Options = {
  token?: string | null;
  client?: QueryClient;
  /** Stands in for the browser leaving for HomePort (a full page load in the app). */
  leave?: (url: string) => void;
};

/**
 * Renders the real route tree at `path` with a fresh QueryClient, signed in as demo staff
 * unless `token` says otherwise (or HomePort's session, when the test put one in storage).
 */
export function renderRoute(
  path: string,
  { token = DEMO_TOKENS.staff, client = createTestQueryClient(), leave = () => undefined }: Options = {},
) {
  if (token) setToken(token, false);
  detectSessionSource();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  installSessionHandling(client, routerNavigation(router, leave));
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, client };
}
