import type { ComponentType } from 'react';
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

/**
 * A page's lazy route. A page module may export `prepare`, run as soon as the module has loaded
 * (the whole lists start their worker then, while the session is checked).
 */
function page<M extends object>(load: () => Promise<M>, name: keyof M & string) {
  return () =>
    load().then((module) => {
      if ('prepare' in module && typeof module.prepare === 'function') module.prepare();
      return { Component: module[name] as ComponentType };
    });
}

/** Every page is a lazy module; heavy libraries load with the pages that use them. */
export const routes: RouteObject[] = [
  {
    path: paths.signIn.pattern,
    HydrateFallback: FirstLoad,
    errorElement: <RouteError />,
    lazy: page(() => import('@/pages/sign-in'), 'SignInPage'),
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
            lazy: page(() => import('@/pages/overview'), 'OverviewPage'),
          },
          {
            path: paths.visitors.pattern,
            lazy: page(() => import('@/pages/visitors'), 'VisitorsPage'),
          },
          {
            path: paths.visitor.pattern,
            lazy: page(() => import('@/pages/visitor'), 'VisitorPage'),
          },
          {
            path: paths.conversations.pattern,
            lazy: page(() => import('@/pages/conversations'), 'ConversationsPage'),
          },
          {
            path: paths.transcript.pattern,
            lazy: page(() => import('@/pages/transcript'), 'TranscriptPage'),
          },
          {
            path: paths.interactions.pattern,
            lazy: page(() => import('@/pages/interactions'), 'InteractionsPage'),
          },
          {
            path: paths.interaction.pattern,
            lazy: page(() => import('@/pages/interaction'), 'InteractionPage'),
          },
          {
            path: paths.feedback.pattern,
            lazy: page(() => import('@/pages/feedback'), 'FeedbackPage'),
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
