/**
 * "Postuler": logged-in candidates apply with an optional message; visitors are invited to log in (and come
 * back here afterwards); other roles are told the button is for candidates. A second application is a 409,
 * shown as "already applied" rather than as an error.
 */
import './offers-i18n';
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, Paginated } from '@talents/shared';
import { paths } from '../../app/paths';
import type { LoginRedirectState } from '../../app/require-role';
import { candidateKeys } from '../../candidate/candidate-keys';
import { api } from '../../lib/api-client';
import { ApiError } from '../../lib/api-error';
import { useAuth } from '../../lib/auth';
import { describeError } from '../../ui/describe-error';
import { offersApi } from './offers-api';

const MESSAGE_MAX = 5000;

type Outcome = 'sent' | 'already' | null;

export function ApplyPanel({ offerId, open }: { offerId: string; open: boolean }) {
  const { t } = useTranslation('offers');
  const { t: common } = useTranslation();
  const { status, user } = useAuth();
  const location = useLocation();
  const queryClient = useQueryClient();
  const messageId = useId();
  const [formOpen, setFormOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const isCandidate = status === 'authenticated' && user?.role === 'CANDIDATE';

  // Tells a candidate up front that they already applied (the API would answer 409 anyway).
  const existing = useQuery({
    queryKey: candidateKeys.applicationsForOffer(offerId),
    queryFn: ({ signal }) =>
      api.get<Paginated<ApplicationView>>('/applications', { query: { offerId, pageSize: 1 }, signal }),
    enabled: isCandidate,
  });

  const apply = useMutation({
    mutationFn: () => offersApi.apply(offerId, message.trim()),
    onSuccess: () => {
      setOutcome('sent');
      setFormOpen(false);
      void queryClient.invalidateQueries({ queryKey: candidateKeys.applications });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.statusCode === 409) {
        setOutcome('already');
        setFormOpen(false);
      }
    },
  });

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (message.length > MESSAGE_MAX) return;
    apply.mutate();
  }

  if (status === 'loading') return null;

  if (!isCandidate) {
    const state: LoginRedirectState = { from: location.pathname };
    return (
      <aside className="apply-panel card" aria-label={t('apply.title')}>
        {status === 'anonymous' ? (
          <>
            <p>{t('apply.loginInvite')}</p>
            <div className="button-row">
              <Link className="button" to={paths.login} state={state}>
                {t('apply.loginLink')}
              </Link>
              <Link className="button button--secondary" to={`${paths.register}?role=CANDIDATE`}>
                {t('apply.registerLink')}
              </Link>
            </div>
          </>
        ) : (
          <p>{t('apply.candidatesOnly')}</p>
        )}
      </aside>
    );
  }

  const alreadyApplied = outcome === 'already' || (outcome === null && (existing.data?.total ?? 0) > 0);
  const applyError = apply.isError && !(apply.error instanceof ApiError && apply.error.statusCode === 409);
  const profileMissing =
    apply.error instanceof ApiError && apply.error.details.some((detail) => detail.field === 'profile');

  return (
    <aside className="apply-panel card" aria-label={t('apply.title')}>
      <div role="status">
        {outcome === 'sent' && <p className="alert alert--success">{t('apply.sent')}</p>}
        {alreadyApplied && <p className="alert alert--info">{t('apply.already')}</p>}
      </div>
      {(outcome !== null || alreadyApplied) && <Link to={`${paths.candidate}/applications`}>{t('apply.myApplications')}</Link>}
      {!open && outcome === null && !alreadyApplied && <p>{t('apply.closed')}</p>}
      {open && outcome === null && !alreadyApplied && !formOpen && (
        <button type="button" className="button" onClick={() => setFormOpen(true)} disabled={existing.isLoading}>
          {t('apply.button')}
        </button>
      )}
      {formOpen && (
        <form className="form" onSubmit={handleSubmit} noValidate>
          <div className="field">
            <label htmlFor={messageId}>{t('apply.message')}</label>
            <p className="field__hint" id={`${messageId}-hint`}>
              {t('apply.messageHint', { max: MESSAGE_MAX })}
            </p>
            <textarea
              id={messageId}
              // The "Postuler" button that opened the form is gone: the focus moves here, not to <body>.
              autoFocus
              rows={6}
              maxLength={MESSAGE_MAX}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              aria-describedby={`${messageId}-hint`}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={apply.isPending} aria-busy={apply.isPending || undefined}>
              {apply.isPending ? t('apply.sending') : t('apply.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setFormOpen(false)}>
              {t('apply.cancel')}
            </button>
          </div>
        </form>
      )}
      <div role="alert" className="alert alert--error">
        {applyError ? describeError(apply.error, common) : ''}
        {applyError && profileMissing && (
          <>
            {' '}
            <Link to={paths.candidate}>{t('apply.completeProfile')}</Link>
          </>
        )}
      </div>
    </aside>
  );
}
