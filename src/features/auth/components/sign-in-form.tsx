import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { apiGet } from '@/api/client';
import { isApiError } from '@/api/errors';
import { userMeSchema, type UserMe } from '@/api/schemas/user';
import { Button } from '@/components/ui/button';
import { sessionQueries } from '../api/queries';
import { setToken } from '../utils/token-store';
import styles from './sign-in.module.css';

type Props = {
  /** Called after a staff or support token was accepted and stored. */
  onSignedIn: () => void;
  /** A non-staff token was valid: show the staff-only page instead. */
  onForbidden: (me: UserMe) => void;
  /** Why the user is here (e.g. their session ended). */
  notice?: string;
  demoTokens?: { label: string; token: string }[];
};

export function SignInForm({ onSignedIn, onForbidden, notice, demoTokens }: Props) {
  const queryClient = useQueryClient();
  const [token, setTokenValue] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tokenId = useId();
  const errorId = useId();
  const rememberId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = token.trim().replace(/^Token\s+/i, '');
    if (!value) {
      setError('Enter your API token.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const me = await apiGet('users/me/', userMeSchema, { token: value });
      if (!me.is_staff && !me.is_support) {
        onForbidden(me);
        return;
      }
      // A different person may have used this tab: nothing cached may survive a token change.
      await queryClient.cancelQueries();
      queryClient.clear();
      setToken(value, remember);
      queryClient.setQueryData(sessionQueries.me().queryKey, me);
      onSignedIn();
    } catch (cause) {
      setError(signInError(cause));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor={tokenId}>API token</label>
        <input
          id={tokenId}
          name="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setTokenValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          required
        />
        <p className={styles.hint}>
          Your Waldur API token. Staff find it in their HomePort profile under “API token”.
        </p>
      </div>
      <div className={styles.check}>
        <input
          id={rememberId}
          type="checkbox"
          checked={remember}
          onChange={(e) => setRemember(e.target.checked)}
        />
        <label htmlFor={rememberId}>Remember me on this computer</label>
      </div>
      {error && (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? 'Checking…' : 'Sign in'}
      </Button>
      {demoTokens && demoTokens.length > 0 && (
        <div className={styles.demo}>
          <p>Demo data: use one of these tokens.</p>
          <ul>
            {demoTokens.map((demo) => (
              <li key={demo.token}>
                <button type="button" className={styles.demoButton} onClick={() => setTokenValue(demo.token)}>
                  {demo.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}

function signInError(cause: unknown): string {
  if (!isApiError(cause)) return 'Sign-in failed. Try again.';
  if (cause.status === 401) return `That token was not accepted: ${cause.detail ?? 'invalid token'}`;
  if (cause.kind === 'network')
    return 'Could not reach the Waldur server. Check the API URL and your connection.';
  if (cause.kind === 'not-json')
    return 'The API URL does not point at a Waldur API (it answered with a web page).';
  return cause.message;
}
