/**
 * One-click unsubscribe from an alert e-mail (/alertes/desabonnement?token=…), without logging in: the signed
 * token names the alert. GET shows which alert; only the button's POST unsubscribes (mail scanners that follow
 * links must not unsubscribe anyone).
 */
import '../account/account-i18n';
import { useQuery, useMutation } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { ApiError } from '../lib/api-error';
import { useAuth } from '../lib/auth';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { alertKeys, alertsApi } from './alerts-api';

/** The contract's bounds of a token (UnsubscribeQuery); anything else cannot be a link we sent. */
const TOKEN_MIN = 20;
const TOKEN_MAX = 400;

function isBadLink(error: unknown): boolean {
  return error instanceof ApiError && error.statusCode >= 400 && error.statusCode < 500;
}

export function UnsubscribePage() {
  const { t } = useTranslation('account');
  const { t: common } = useTranslation();
  const { user } = useAuth();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const wellFormed = token.length >= TOKEN_MIN && token.length <= TOKEN_MAX;
  usePageTitle(t('unsubscribe.title'));

  const preview = useQuery({
    queryKey: alertKeys.unsubscribe(token),
    queryFn: ({ signal }) => alertsApi.unsubscribePreview(token, signal),
    enabled: wellFormed,
  });
  const confirm = useMutation({ mutationFn: () => alertsApi.unsubscribe(token) });

  const manageHref = user?.role === 'RECRUITER' ? `${paths.recruiter}/alerts` : `${paths.candidate}/alerts`;
  const invalid = (
    <div role="alert" className="alert alert--error">
      <p>{wellFormed ? t('unsubscribe.invalid') : t('unsubscribe.missingToken')}</p>
      <p>{t('unsubscribe.invalidHint')}</p>
      <Link to={user ? manageHref : paths.login}>{user ? t('unsubscribe.manage') : t('unsubscribe.login')}</Link>
    </div>
  );

  let body;
  if (!wellFormed || isBadLink(preview.error) || isBadLink(confirm.error)) body = invalid;
  else if (preview.isPending) body = <p role="status">{t('unsubscribe.loading')}</p>;
  else if (preview.isError)
    body = (
      <div role="alert" className="alert alert--error">
        <p>{describeError(preview.error, common)}</p>
        <button type="button" className="button button--small" onClick={() => void preview.refetch()}>
          {t('retry')}
        </button>
      </div>
    );
  else if (confirm.isSuccess || !preview.data.active)
    body = (
      <div role="status">
        <p className="alert alert--success">
          {confirm.isSuccess
            ? t('unsubscribe.done', { name: preview.data.alertName })
            : t('unsubscribe.already', { name: preview.data.alertName })}
        </p>
        <p>
          <Link to={user ? manageHref : paths.login}>{user ? t('unsubscribe.manage') : t('unsubscribe.login')}</Link>
        </p>
      </div>
    );
  else
    body = (
      <>
        <p className="lead">{t('unsubscribe.question', { name: preview.data.alertName })}</p>
        <p>{t('unsubscribe.explain')}</p>
        <div role="alert">
          {confirm.isError ? <p className="alert alert--error">{describeError(confirm.error, common)}</p> : null}
        </div>
        <button
          type="button"
          className="button"
          onClick={() => confirm.mutate()}
          disabled={confirm.isPending}
          aria-busy={confirm.isPending || undefined}
        >
          {confirm.isPending ? t('unsubscribe.confirming') : t('unsubscribe.confirm')}
        </button>
      </>
    );

  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      {body}
    </>
  );
}
