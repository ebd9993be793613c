/**
 * "Mes candidatures": each application with its current step and its history; an open one can be withdrawn
 * after a confirmation. The withdrawal shows at once (optimistic) and is rolled back if the API refuses.
 */
import './candidate-i18n';
import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OPEN_APPLICATION_STATUSES, type ApplicationView, type Paginated } from '@talents/shared';
import { offerPath, paths } from '../app/paths';
import { formatDate } from '../public/offers/reference-labels';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { candidateApi, LIST_PAGE_SIZE } from './candidate-api';
import { candidateKeys } from './candidate-keys';
import { ConfirmDialog } from './confirm-dialog';
import { ListPager } from './list-pager';
import { QueryState } from './query-state';

type Page = Paginated<ApplicationView>;

export function ApplicationsPage() {
  const { t } = useTranslation('candidate');
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [toWithdraw, setToWithdraw] = useState<ApplicationView | null>(null);
  const [feedback, setFeedback] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  usePageTitle(t('applications.title'));
  const key = [...candidateKeys.applications, page];
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => candidateApi.applications(page, signal),
    placeholderData: keepPreviousData,
  });

  const withdraw = useMutation({
    mutationFn: (id: string) => candidateApi.withdraw(id),
    onMutate: async (id) => {
      setToWithdraw(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Page>(key);
      queryClient.setQueryData<Page>(key, (old) =>
        old && { ...old, items: old.items.map((item) => (item.id === id ? { ...item, status: 'WITHDRAWN' } : item)) },
      );
      return { previous };
    },
    onError: (error, _id, context) => {
      queryClient.setQueryData(key, context?.previous);
      setFeedback({ tone: 'error', text: describeError(error, common) });
    },
    onSuccess: () => setFeedback({ tone: 'success', text: t('applications.withdrawn') }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: candidateKeys.applications }),
  });

  return (
    <>
      <h1>{t('applications.title')}</h1>
      <div role="status">{feedback?.tone === 'success' ? <p className="alert alert--success">{feedback.text}</p> : null}</div>
      <div role="alert">{feedback?.tone === 'error' ? <p className="alert alert--error">{feedback.text}</p> : null}</div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && query.data.items.length === 0 && (
        <div className="empty-state">
          <p>{t('applications.empty')}</p>
          <Link to={paths.offers}>{t('applications.browseOffers')}</Link>
        </div>
      )}
      {query.data && query.data.items.length > 0 && (
        <ul className="item-list">
          {query.data.items.map((application) => (
            <ApplicationItem key={application.id} application={application} onWithdraw={() => setToWithdraw(application)} />
          ))}
        </ul>
      )}
      {query.data && (
        <ListPager page={page} total={query.data.total} pageSize={LIST_PAGE_SIZE} onPage={setPage} />
      )}
      <ConfirmDialog
        open={toWithdraw !== null}
        title={t('applications.confirmTitle')}
        confirmLabel={t('applications.confirm')}
        cancelLabel={t('cancel')}
        danger
        pending={withdraw.isPending}
        onCancel={() => setToWithdraw(null)}
        onConfirm={() => toWithdraw && withdraw.mutate(toWithdraw.id)}
      >
        <p>{t('applications.confirmText', { title: toWithdraw?.offer.title ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}

function ApplicationItem({ application, onWithdraw }: { application: ApplicationView; onWithdraw(): void }) {
  const { t } = useTranslation('candidate');
  const open = (OPEN_APPLICATION_STATUSES as readonly string[]).includes(application.status);
  return (
    <li className="card item">
      <h2 className="item__title">
        <Link to={offerPath(application.offer.id)}>{application.offer.title}</Link>
      </h2>
      <p className="item__meta">
        {application.offer.companyName} · {t('applications.appliedOn', { date: formatDate(application.createdAt) })}
      </p>
      <p>
        <span className={`status status--${application.status.toLowerCase()}`}>
          {t(`applicationStatus.${application.status}`)}
        </span>
        {application.rejectionReason && (
          <span className="item__meta"> — {t(`rejectionReason.${application.rejectionReason}`)}</span>
        )}
      </p>
      {application.history.length > 0 && (
        <details className="history">
          <summary>{t('applications.history')}</summary>
          <ol>
            {application.history.map((entry, index) => (
              <li key={`${entry.createdAt}-${index}`}>
                <time dateTime={entry.createdAt}>{formatDate(entry.createdAt)}</time> —{' '}
                {t(`applicationStatus.${entry.toStatus}`)}
                {entry.note && <span className="item__meta"> ({entry.note})</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      {open && (
        <button type="button" className="button button--secondary button--small" onClick={onWithdraw}>
          {t('applications.withdraw')}
          <span className="visually-hidden"> — {application.offer.title}</span>
        </button>
      )}
    </li>
  );
}
