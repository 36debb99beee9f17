import './api/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { borrowSessionFromOtherTabs } from '@/features/auth/utils/tab-session';
import { detectSessionSource, getToken, setToken } from '@/features/auth/utils/token-store';
import { inAppPath } from '@/lib/base-path';
import { loadRuntimeConfig } from '@/lib/config';
import { warmFormattersWhenIdle } from '@/lib/format/intl';
import { setDemoTokens } from '@/lib/demo';
import { paths } from '@/lib/paths';
import './styles/global.css';

async function boot(): Promise<void> {
  await loadRuntimeConfig();
  // Compiled out of production builds: __MOCK__ is a build-time constant.
  const signInToDemo = __MOCK__ ? await startDemo() : null;
  // After the fixtures: in their `homeport` scenarios they stand in for HomePort's sign-in.
  detectSessionSource();
  // A new tab opened from a signed-in one is signed in too; not on the sign-in page, where the
  // person came to sign in (perhaps as someone else).
  const askOtherTabs = inAppPath(window.location.pathname) !== paths.signIn.pattern;
  const demoToken = signInToDemo?.();
  if (demoToken) {
    // The demo signs in at once (its tests may run on a stopped clock); when another tab
    // answers with its session, this tab starts again as that session.
    if (askOtherTabs)
      void borrowSessionFromOtherTabs(undefined, { replacing: demoToken }).then((borrowed) => {
        if (borrowed) window.location.reload();
      });
  } else if (askOtherTabs) {
    await borrowSessionFromOtherTabs();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  warmFormattersWhenIdle();
}

/** Starts the fixtures; returns the demo's automatic sign-in as staff (its token, if it signed in). */
async function startDemo(): Promise<() => string | null> {
  const [{ demoSignsIn, startMockWorker }, { DEMO_TOKENS }] = await Promise.all([
    import('@mocks/browser'),
    import('@mocks/tokens'),
  ]);
  await startMockWorker();
  setDemoTokens([
    { label: 'Staff (demo)', token: DEMO_TOKENS.staff },
    { label: 'Support (demo)', token: DEMO_TOKENS.support },
    { label: 'Not staff (demo)', token: DEMO_TOKENS.user },
  ]);
  return () => {
    if (!demoSignsIn() || getToken() || inAppPath(window.location.pathname) === paths.signIn.pattern)
      return null;
    setToken(DEMO_TOKENS.staff, false);
    return DEMO_TOKENS.staff;
  };
}

void boot();
