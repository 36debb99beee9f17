import { createBrowserRouter, type RouteObject } from 'react-router';
import { routerBasename } from '@/lib/base-path';
import { paths } from '@/lib/paths';
import { AppShell } from './layout/app-shell';
import { NotFound } from './layout/not-found';
import { RouteError } from './layout/route-error';

/**
 * What shows while the first lazy page of a visit loads: nothing, as React Router shows when it
 * is given no fallback; naming it keeps React Router from warning about it on every first load.
 */
function FirstLoad() {
  return null;
}

/** Every page is a lazy module; heavy libraries load with the pages that use them. */
export const routes: RouteObject[] = [
  {
    path: paths.signIn.pattern,
    HydrateFallback: FirstLoad,
    errorElement: <RouteError />,
    lazy: () => import('@/pages/sign-in').then((m) => ({ Component: m.SignInPage })),
  },
  {
    element: <AppShell />,
    HydrateFallback: FirstLoad,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: () => import('@/pages/overview').then((m) => ({ Component: m.OverviewPage })),
          },
          {
            path: paths.visitors.pattern,
            // The whole lists start their worker as soon as the page's module is here.
            lazy: () =>
              import('@/pages/visitors').then((m) => {
                m.prepareVisitorsPage();
                return { Component: m.VisitorsPage };
              }),
          },
          {
            path: paths.visitor.pattern,
            lazy: () => import('@/pages/visitor').then((m) => ({ Component: m.VisitorPage })),
          },
          {
            path: paths.conversations.pattern,
            lazy: () =>
              import('@/pages/conversations').then((m) => {
                m.prepareConversationsPage();
                return { Component: m.ConversationsPage };
              }),
          },
          {
            path: paths.transcript.pattern,
            lazy: () => import('@/pages/transcript').then((m) => ({ Component: m.TranscriptPage })),
          },
          {
            path: paths.interactions.pattern,
            lazy: () => import('@/pages/interactions').then((m) => ({ Component: m.InteractionsPage })),
          },
          {
            path: paths.interaction.pattern,
            lazy: () => import('@/pages/interaction').then((m) => ({ Component: m.InteractionPage })),
          },
          {
            path: paths.feedback.pattern,
            lazy: () => import('@/pages/feedback').then((m) => ({ Component: m.FeedbackPage })),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

/** Under a sub-path build every route, link and redirect carries the base (docs/deployment.md). */
export function createAppRouter() {
  return createBrowserRouter(routes, { basename: routerBasename() });
}
