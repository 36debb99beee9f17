import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { UserMe } from '@/api/schemas/user';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { StaffOnly } from '@/features/auth/components/staff-only';
import { getSessionNotice, sessionSource } from '@/features/auth/utils/token-store';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { getDemoTokens } from '@/lib/demo';
import { APP_NAME, safeNextPath } from '@/lib/paths';
import styles from './sign-in.module.css';

export function SignInPage() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [forbidden, setForbidden] = useState<UserMe | null>(null);
  const [notice] = useState(() => getSessionNotice() ?? undefined);
  const next = safeNextPath(params.get('next'));

  // Signed in through HomePort's session: there is no token to ask for.
  if (sessionSource() === 'homeport') return <Navigate to={next} replace />;

  return (
    <main id="main" className={styles.page}>
      <div className={styles.panel}>
        {forbidden ? (
          <StaffOnly me={forbidden} onUseAnotherToken={() => setForbidden(null)} />
        ) : (
          <>
            <h1>Sign in to {APP_NAME}</h1>
            <p className={styles.lead}>
              Usage, safety and budget of the Waldur marketplace's public AI assistant.
            </p>
            <SignInForm
              notice={notice}
              demoTokens={getDemoTokens()}
              onForbidden={setForbidden}
              onSignedIn={() => void navigate(next, { replace: true })}
            />
          </>
        )}
      </div>
    </main>
  );
}
