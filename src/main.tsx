import './api/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { getToken, setToken } from '@/features/auth/utils/token-store';
import { loadRuntimeConfig } from '@/lib/config';
import { setDemoTokens } from '@/lib/demo';
import { paths } from '@/lib/paths';
import './styles/global.css';

async function boot(): Promise<void> {
  await loadRuntimeConfig();
  // Compiled out of production builds: __MOCK__ is a build-time constant.
  if (__MOCK__) {
    const [{ startMockWorker }, { DEMO_TOKENS }] = await Promise.all([
      import('@mocks/browser'),
      import('@mocks/tokens'),
    ]);
    await startMockWorker();
    setDemoTokens([
      { label: 'Staff (demo)', token: DEMO_TOKENS.staff },
      { label: 'Support (demo)', token: DEMO_TOKENS.support },
      { label: 'Not staff (demo)', token: DEMO_TOKENS.user },
    ]);
    if (!getToken() && window.location.pathname !== paths.signIn.pattern) setToken(DEMO_TOKENS.staff, false);
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
