import type { UserMe } from '@/api/schemas/user';
import { Button } from '@/components/ui/button';
import { homeportHref } from '@/lib/config';
import { homeportImpersonation } from '../utils/homeport-session';
import { sessionSource } from '../utils/token-store';
import styles from './signed-in-user.module.css';

/**
 * Who is signed in and through what: with HomePort's session, "via HomePort" links back to it,
 * and signing out signs out of Waldur (HomePort and every app beside it on this site).
 */
export function SignedInUser({ me, onSignOut }: { me: UserMe | null; onSignOut: () => void }) {
  const viaHomeport = sessionSource() === 'homeport';
  return (
    <>
      {me && (
        <span className={styles.user} title={me.username}>
          {me.full_name || me.username}
          <span className={styles.role}>{me.is_staff ? 'staff' : me.is_support ? 'support' : 'user'}</span>
          {viaHomeport && (
            <a className={styles.via} href={homeportHref('/')}>
              via HomePort{homeportImpersonation() ? ' (impersonating)' : ''}
            </a>
          )}
        </span>
      )}
      <Button
        size="small"
        onClick={onSignOut}
        title={viaHomeport ? 'Signs you out of HomePort and every Waldur app on this site' : undefined}
      >
        {viaHomeport ? 'Sign out of Waldur' : 'Sign out'}
      </Button>
    </>
  );
}

/** Shown for the moment between letting go of HomePort's session and HomePort's page loading. */
export function LeavingForHomeport() {
  return (
    <p className={styles.leaving} role="status">
      Signed out. Opening <a href={homeportHref('/')}>HomePort</a>…
    </p>
  );
}
