import type { UserMe } from '@/api/schemas/user';
import { Button } from '@/components/ui/button';
import styles from './sign-in.module.css';

/** Shown to a valid but non-staff token. No data calls are made for such a user. */
export function StaffOnly({ me, onUseAnotherToken }: { me: UserMe; onUseAnotherToken: () => void }) {
  return (
    <div className={styles.staffOnly}>
      <h1>This dashboard is for staff and support</h1>
      <p>
        You are signed in to Waldur as <strong>{me.full_name || me.username}</strong>, who is neither staff
        nor support. Assistant analytics show what anonymous visitors typed, so only staff and support users
        may open them.
      </p>
      <p>Ask a Waldur administrator for the support role, or sign in with another token.</p>
      <Button onClick={onUseAnotherToken}>Use another token</Button>
    </div>
  );
}
