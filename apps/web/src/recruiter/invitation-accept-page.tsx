/**
 * /invitations/accept?token=… (the link of the invitation e-mail). Anonymous visitors are asked to log in or
 * create a recruiter account with the invited address, and come back here after logging in. Joining is an
 * explicit button press: a page load alone never changes anything.
 */
import { useMutation } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import type { LoginRedirectState } from '../app/require-role';
import { refreshSession } from '../lib/api-client';
import { useAuth } from '../lib/auth';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { usePageTitle } from '../ui/use-page-title';
import './i18n';
import { recruiterApi } from './recruiter-api';

export function InvitationAcceptPage() {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  const { status, user } = useAuth();
  const location = useLocation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  usePageTitle(tr('invitation.title'));

  const mutation = useMutation({
    mutationFn: () => recruiterApi.acceptInvitation(token),
    // The new membership is in the session only after a refresh (companyIds come from the server).
    onSuccess: async () => {
      await refreshSession();
    },
  });

  let body;
  if (!token) {
    body = <p role="alert" className="alert alert--error">{tr('invitation.noToken')}</p>;
  } else if (status === 'loading') {
    body = <p role="status">{t('common.loading')}</p>;
  } else if (status === 'anonymous' || !user) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    body = (
      <>
        <p>{tr('invitation.loginFirst')}</p>
        <div className="button-row">
          <Link className="button" to={paths.login} state={state}>{tr('invitation.login')}</Link>
          <Link className="button button--secondary" to={paths.register}>{tr('invitation.register')}</Link>
        </div>
        <p className="field__hint">{tr('invitation.registerHint')}</p>
      </>
    );
  } else if (user.role !== 'RECRUITER') {
    body = <p role="alert" className="alert alert--error">{tr('invitation.wrongRole')}</p>;
  } else if (mutation.isSuccess) {
    body = (
      <>
        <p role="status" className="alert alert--success">{tr('invitation.joined', { company: mutation.data.company.name })}</p>
        <Link className="button" to={`${paths.recruiter}/company`}>{tr('invitation.goToCompany')}</Link>
      </>
    );
  } else {
    body = (
      <>
        <FormAlert message={mutation.isError ? describeError(mutation.error, t) : null} />
        <p>{tr('invitation.intro', { email: user.email })}</p>
        <button type="button" className="button" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
          {mutation.isPending ? tr('invitation.joining') : tr('invitation.join')}
        </button>
      </>
    );
  }

  return (
    <>
      <h1>{tr('invitation.title')}</h1>
      {body}
    </>
  );
}
