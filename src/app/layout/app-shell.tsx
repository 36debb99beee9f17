import { useQueryClient } from '@tanstack/react-query';
import { Suspense, type MouseEvent } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { QueryErrorAnnouncer } from '@/components/feedback/query-error-announcer';
import { SlowLoading } from '@/components/feedback/slow-loading';
import { SectionError } from '@/components/feedback/states';
import { Skeleton } from '@/components/feedback/states';
import { ShortcutProvider, useOpenShortcutSheet } from '@/components/shortcuts/shortcuts';
import { Button } from '@/components/ui/button';
import { Segmented } from '@/components/ui/segmented';
import { sessionQueries } from '@/features/auth/api/queries';
import { LeavingForHomeport, SignedInUser } from '@/features/auth/components/signed-in-user';
import { StaffOnly } from '@/features/auth/components/staff-only';
import { useSession } from '@/features/auth/hooks/use-session';
import { sessionSource } from '@/features/auth/utils/token-store';
import { setPreference, usePreferences } from '@/hooks/use-preferences';
import { ReadMarksUser } from '@/hooks/read-marks-user';
import { isDemo } from '@/lib/demo';
import { APP_NAME, paths } from '@/lib/paths';
import { signOut } from '../session';
import styles from './app-shell.module.css';
import { GlobalShortcuts } from './global-shortcuts';

const NAV = [
  { to: paths.overview.pattern, label: 'Overview', end: true },
  { to: paths.visitors.pattern, label: 'Visitors' },
  { to: paths.conversations.pattern, label: 'Conversations' },
  { to: paths.interactions.pattern, label: 'Turns' },
  { to: paths.feedback.pattern, label: 'Feedback' },
];

export function AppShell() {
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  const doSignOut = () => void signOut(queryClient);

  if (session.status === 'anonymous') {
    // HomePort's session ended here (a 401, a sign-out): the page is on its way to HomePort.
    if (sessionSource() === 'homeport') return <LeavingForHomeport />;
    return (
      <Navigate to={paths.signIn.href(`${location.pathname}${location.search}${location.hash}`)} replace />
    );
  }

  return (
    <ShortcutProvider>
      <div className={styles.shell}>
        {/* Focuses <main> itself: following "#main" would add a history entry and a hash to the URL. */}
        <a className={styles.skip} href="#main" onClick={skipToMain}>
          Skip to content
        </a>
        <header className={styles.header}>
          <div className={styles.brand}>
            <span className={styles.logo} aria-hidden="true">
              ◆
            </span>
            <span>{APP_NAME}</span>
            {isDemo() && (
              <span className={styles.demo} title="Fixtures compiled in: no real server is called">
                Demo data
              </span>
            )}
          </div>
          {session.status === 'ready' && (
            <nav aria-label="Main" className={styles.nav}>
              <ul>
                {NAV.map((item) => (
                  <li key={item.to}>
                    <NavLink
                      to={item.to}
                      end={item.end}
                      className={({ isActive }) => (isActive ? styles.active : undefined)}
                    >
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div className={styles.tools}>
            {session.status === 'ready' && <ShortcutsButton />}
            <Preferences />
            <SignedInUser
              me={session.status === 'ready' || session.status === 'forbidden' ? session.me : null}
              onSignOut={doSignOut}
            />
          </div>
        </header>
        <main id="main" className={styles.main} tabIndex={-1}>
          {session.status === 'loading' && (
            <SlowLoading
              queryKeys={[sessionQueries.me().queryKey, sessionQueries.version().queryKey]}
              what="your account"
            >
              <ShellSkeleton />
            </SlowLoading>
          )}
          {session.status === 'error' && (
            <SectionError error={session.error} onRetry={session.retry} what="your account" />
          )}
          {session.status === 'forbidden' && <StaffOnly me={session.me} onUseAnotherToken={doSignOut} />}
          {session.status === 'ready' && (
            <ReadMarksUser value={session.me.username}>
              <Suspense fallback={<ShellSkeleton />}>
                <Outlet />
              </Suspense>
            </ReadMarksUser>
          )}
        </main>
        {session.status === 'ready' && <GlobalShortcuts />}
        <QueryErrorAnnouncer />
      </div>
    </ShortcutProvider>
  );
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView({ block: 'start' });
}

function ShellSkeleton() {
  return (
    <div className={styles.skeleton}>
      <Skeleton width="14rem" height="1.6rem" label="Loading" />
      <Skeleton height="12rem" />
    </div>
  );
}

function ShortcutsButton() {
  const open = useOpenShortcutSheet();
  return (
    <Button size="small" variant="ghost" aria-keyshortcuts="?" title="Keyboard shortcuts (?)" onClick={open}>
      Shortcuts
    </Button>
  );
}

function Preferences() {
  const { timeZone, theme } = usePreferences();
  return (
    <div className={styles.prefs}>
      <Segmented aria-label="Time zone" size="small">
        {(['utc', 'local'] as const).map((zone) => (
          <button
            key={zone}
            type="button"
            aria-pressed={timeZone === zone}
            onClick={() => setPreference('timeZone', zone)}
          >
            {zone === 'utc' ? 'UTC' : 'Local'}
          </button>
        ))}
      </Segmented>
      <label className={styles.themeLabel}>
        <span className="visually-hidden">Theme</span>
        <select value={theme} onChange={(e) => setPreference('theme', e.target.value as typeof theme)}>
          <option value="system">System theme</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </div>
  );
}
