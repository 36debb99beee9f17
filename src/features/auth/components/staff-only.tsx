import type { UserMe } from '@/api/schemas/user';
import { Button, buttonClass } from '@/components/ui/button';
import { homeportHref } from '@/lib/config';
import { homeportImpersonation } from '../utils/homeport-session';
import { sessionSource } from '../utils/token-store';
import styles from './sign-in.module.css';

/** Shown to a valid but non-staff token. No data calls are made for such a user. */
export function StaffOnly({ me, onUseAnotherToken }: { me: UserMe; onUseAnotherToken: () => void }) {
  const name = <strong>{me.full_name || me.username}</strong>;
  const viaHomeport = sessionSource() === 'homeport';
  const impersonating = viaHomeport && homeportImpersonation() !== null;
  return (
    <div className={styles.staffOnly}>
      <h1>This dashboard is for staff and support</h1>
      <p>
        {impersonating ? <>HomePort is impersonating {name}</> : <>You are signed in to Waldur as {name}</>}
        {viaHomeport && !impersonating && ' through HomePort'}, who is neither staff nor support. Assistant
        analytics show what anonymous visitors typed, so only staff and support users may open them.
      </p>
      {viaHomeport ? (
        <>
          <p>
            {impersonating
              ? 'Stop the impersonation in HomePort to come back as yourself.'
              : 'Ask a Waldur administrator for the support role.'}
          </p>
          <a className={buttonClass} href={homeportHref('/')}>
            Back to HomePort
          </a>
        </>
      ) : (
        <>
          <p>Ask a Waldur administrator for the support role, or sign in with another token.</p>
          <Button onClick={onUseAnotherToken}>Use another token</Button>
        </>
      )}
    </div>
  );
}
