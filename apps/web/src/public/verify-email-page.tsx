/** Landing page of the verification e-mail: posts ?token= once and says whether it worked. */
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { VerifyEmailRequest } from '@talents/shared';
import { paths } from '../app/paths';
import { ApiError } from '../lib/api-error';
import { authApi } from '../lib/auth-api';
import { usePageTitle } from '../ui/use-page-title';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const parsed = VerifyEmailRequest.safeParse({ token: searchParams.get('token') ?? '' });
  const token = parsed.success ? parsed.data.token : null;
  const verify = useMutation({ mutationFn: authApi.verifyEmail });
  const { mutate } = verify;
  const sent = useRef(false);
  usePageTitle(t('verify.title'));

  useEffect(() => {
    // A one-time token must be posted once: the ref survives StrictMode's second effect run.
    if (!token || sent.current) return;
    sent.current = true;
    mutate(token);
  }, [token, mutate]);

  let message: string;
  let tone: 'error' | 'success' | 'pending';
  if (!token) [message, tone] = [t('verify.missingToken'), 'error'];
  else if (verify.isSuccess) [message, tone] = [t('verify.success'), 'success'];
  else if (verify.isError) [message, tone] = [failureMessage(verify.error, t('verify.failure')), 'error'];
  else [message, tone] = [t('verify.pending'), 'pending'];

  return (
    <>
      <h1>{t('verify.title')}</h1>
      {tone === 'error' ? (
        <div role="alert" className="alert alert--error">
          {message}
        </div>
      ) : (
        <div role="status" className={tone === 'success' ? 'alert alert--success' : undefined}>
          {message}
        </div>
      )}
      {tone !== 'pending' && (
        <p>
          <Link to={paths.login}>{t('verify.loginLink')}</Link>
        </p>
      )}
    </>
  );
}

/** The server explains a refused token in the user's language; anything else gets the generic sentence. */
function failureMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError && error.statusCode >= 400 && error.statusCode < 500 && error.message
    ? error.message
    : fallback;
}
