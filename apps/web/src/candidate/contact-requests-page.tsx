/**
 * "Demandes de contact": companies that found the (anonymous) profile ask to see who it is. Accepting reveals
 * the identity to that company; both answers are confirmed first, shown at once, and rolled back on failure.
 */
import './candidate-i18n';
import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactRequestView, Paginated } from '@talents/shared';
import { offerPath } from '../app/paths';
import { formatDate } from '../public/offers/reference-labels';
import { describeError } from '../ui/describe-error';
import { usePageTitle } from '../ui/use-page-title';
import { candidateApi, LIST_PAGE_SIZE } from './candidate-api';
import { candidateKeys } from './candidate-keys';
import { ConfirmDialog } from './confirm-dialog';
import { ListPager } from './list-pager';
import { QueryState } from './query-state';

type Page = Paginated<ContactRequestView>;
type Answer = 'ACCEPTED' | 'DECLINED';

export function ContactRequestsPage() {
  const { t } = useTranslation('candidate');
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [pending, setPending] = useState<{ request: ContactRequestView; answer: Answer } | null>(null);
  const [feedback, setFeedback] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  usePageTitle(t('contactRequests.title'));
  const key = [...candidateKeys.contactRequests, page];
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => candidateApi.contactRequests(page, signal),
    placeholderData: keepPreviousData,
  });

  const answer = useMutation({
    mutationFn: ({ id, status }: { id: string; status: Answer }) => candidateApi.answerContactRequest(id, status),
    onMutate: async ({ id, status }) => {
      setPending(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Page>(key);
      queryClient.setQueryData<Page>(key, (old) =>
        old && { ...old, items: old.items.map((item) => (item.id === id ? { ...item, status } : item)) },
      );
      return { previous };
    },
    onError: (error, _vars, context) => {
      queryClient.setQueryData(key, context?.previous);
      setFeedback({ tone: 'error', text: describeError(error, common) });
    },
    onSuccess: (_data, { status }) =>
      setFeedback({ tone: 'success', text: t(status === 'ACCEPTED' ? 'contactRequests.accepted' : 'contactRequests.declined') }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: candidateKeys.contactRequests }),
  });

  return (
    <>
      <h1>{t('contactRequests.title')}</h1>
      <p className="lead">{t('contactRequests.intro')}</p>
      <div role="status">{feedback?.tone === 'success' ? <p className="alert alert--success">{feedback.text}</p> : null}</div>
      <div role="alert">{feedback?.tone === 'error' ? <p className="alert alert--error">{feedback.text}</p> : null}</div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && query.data.items.length === 0 && (
        <p className="empty-state">{t('contactRequests.empty')}</p>
      )}
      {query.data && query.data.items.length > 0 && (
        <ul className="item-list">
          {query.data.items.map((request) => (
            <li key={request.id} className="card item">
              <h2 className="item__title">{request.company.name}</h2>
              <p className="item__meta">
                {t('contactRequests.receivedOn', { date: formatDate(request.createdAt) })}
                {request.status === 'PENDING' && request.expiresAt
                  ? ` · ${t('contactRequests.expiresOn', { date: formatDate(request.expiresAt) })}`
                  : ''}
              </p>
              {request.offer && (
                <p>
                  {t('contactRequests.about')} <Link to={offerPath(request.offer.id)}>{request.offer.title}</Link>
                </p>
              )}
              <blockquote className="quote">{request.message}</blockquote>
              <p>
                <span className={`status status--${request.status.toLowerCase()}`}>
                  {t(`contactRequestStatus.${request.status}`)}
                </span>
              </p>
              {request.status === 'PENDING' && (
                <div className="button-row">
                  <button type="button" className="button button--small" onClick={() => setPending({ request, answer: 'ACCEPTED' })}>
                    {t('contactRequests.accept')}
                    <span className="visually-hidden"> — {request.company.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setPending({ request, answer: 'DECLINED' })}
                  >
                    {t('contactRequests.decline')}
                    <span className="visually-hidden"> — {request.company.name}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {query.data && <ListPager page={page} total={query.data.total} pageSize={LIST_PAGE_SIZE} onPage={setPage} />}
      <ConfirmDialog
        open={pending !== null}
        title={t(pending?.answer === 'DECLINED' ? 'contactRequests.declineTitle' : 'contactRequests.acceptTitle')}
        confirmLabel={t(pending?.answer === 'DECLINED' ? 'contactRequests.decline' : 'contactRequests.accept')}
        cancelLabel={t('cancel')}
        danger={pending?.answer === 'DECLINED'}
        pending={answer.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && answer.mutate({ id: pending.request.id, status: pending.answer })}
      >
        <p>
          {t(pending?.answer === 'DECLINED' ? 'contactRequests.declineText' : 'contactRequests.acceptText', {
            company: pending?.request.company.name ?? '',
          })}
        </p>
      </ConfirmDialog>
    </>
  );
}
