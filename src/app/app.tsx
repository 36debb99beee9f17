import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { prefetchFirstScreen } from './prefetch';
import { AppProviders } from './providers';
import { createAppRouter } from './router';
import { installSessionHandling, resumeAfterHandover, routerNavigation, watchOtherTabs } from './session';

// RouterProvider comes from 'react-router' (not 'react-router/dom'): the dual-package hazard
// breaks the latter under Vitest (toolchain.md §3).
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => {
    const r = createAppRouter();
    const navigation = routerNavigation(r);
    installSessionHandling(queryClient, navigation);
    watchOtherTabs(queryClient, navigation);
    // Answers other tabs asking for a review context (a row opened in a new tab); not needed
    // for the first screen, so it loads after it.
    void import('@/lib/review-context').then(({ shareReviewContexts }) => shareReviewContexts());
    const resumed = resumeAfterHandover(navigation);
    prefetchFirstScreen(queryClient, resumed?.split(/[?#]/)[0] ?? r.state.location.pathname);
    return r;
  });
  return (
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
