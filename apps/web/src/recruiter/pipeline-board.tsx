/**
 * The application pipeline of one offer as a board (APPLIED → … → HIRED, plus REJECTED). Every card has a
 * "Déplacer vers…" control, so the board works with a keyboard and a screen reader; drag-and-drop is a
 * shortcut for pointer users that goes through the same path. Moves are optimistic: the card changes column at
 * once and goes back if the API refuses (409 when the application changed meanwhile).
 */
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, ApplicationView, UpdateApplicationRequest } from '@talents/shared';
import { ApiError } from '../lib/api-error';
import { describeError } from '../ui/describe-error';
import './i18n';
import { PipelineCard, type MoveRequest } from './pipeline-card';
import { BOARD_COLUMNS, recruiterMoves } from './pipeline-moves';
import { QueryState } from './query-state';
import { keys, recruiterApi, type Paged } from './recruiter-api';

type Page = Paged<ApplicationView>;

interface Move {
  application: ApplicationView;
  body: UpdateApplicationRequest;
}

export function PipelineBoard({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  const queryClient = useQueryClient();
  const queryKey = keys.applications(offerId);
  const applications = useQuery({ queryKey, queryFn: () => recruiterApi.applications(offerId) });
  const [confirm, setConfirm] = useState<MoveRequest | null>(null);
  const [announce, setAnnounce] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: ({ application, body }: Move) => recruiterApi.moveApplication(application.id, body),
    onMutate: async ({ application, body }: Move) => {
      setProblem(null);
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<Page>(queryKey);
      queryClient.setQueryData<Page>(queryKey, (page) =>
        page && {
          ...page,
          items: page.items.map((item) =>
            item.id === application.id ? { ...item, status: body.status, rejectionReason: body.rejectionReason ?? null } : item,
          ),
        },
      );
      setFocusId(application.id);
      return { previous };
    },
    onError: (error, { application }, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      // The 409's field detail says why ("not possible from the current stage"); the top message is generic.
      const why = (error instanceof ApiError && error.details[0]?.message) || describeError(error, t);
      const conflict = error instanceof ApiError && error.statusCode === 409;
      setProblem(tr(conflict ? 'pipeline.conflict' : 'pipeline.failed', { name: application.candidate.displayName, why }));
      setAnnounce('');
      setFocusId(application.id);
    },
    onSuccess: (updated, { application }) => {
      queryClient.setQueryData<Page>(queryKey, (page) =>
        page && { ...page, items: page.items.map((item) => (item.id === updated.id ? updated : item)) },
      );
      setAnnounce(tr('pipeline.moved', { name: application.candidate.displayName, status: tr(`applicationStatus.${updated.status}`) }));
    },
    // A hire closes the offer and rejects the other open applications: refetch to show the truth (the board,
    // and the offer, whose "closed" banner and status in the offers list depend on it).
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey }),
        queryClient.invalidateQueries({ queryKey: keys.offer(offerId) }),
        queryClient.invalidateQueries({ queryKey: keys.allOffers }),
      ]),
  });

  // Keep keyboard focus on the card that moved (it re-mounts in its new column).
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(`application-${focusId}`)?.focus();
    setFocusId(null);
  }, [focusId, applications.data]);

  function request(move: MoveRequest) {
    if (move.to === 'REJECTED' || move.to === 'HIRED') {
      setConfirm(move); // the card asks for a reason or a confirmation
      return;
    }
    mutation.mutate({ application: move.application, body: { status: move.to } });
  }

  function perform(move: MoveRequest, extra: Partial<UpdateApplicationRequest>) {
    setConfirm(null);
    mutation.mutate({ application: move.application, body: { status: move.to, ...extra } });
  }

  if (!applications.data) {
    return <QueryState isPending={applications.isPending} error={applications.error} onRetry={() => void applications.refetch()} />;
  }
  const items = applications.data.items;
  const withdrawn = items.filter((item) => item.status === 'WITHDRAWN');
  const columns: ApplicationStatus[] = withdrawn.length > 0 ? [...BOARD_COLUMNS, 'WITHDRAWN'] : BOARD_COLUMNS;

  function drop(to: ApplicationStatus) {
    const application = items.find((item) => item.id === dragged);
    setDragged(null);
    if (application && recruiterMoves(application.status).includes(to)) request({ application, to });
  }

  return (
    <>
      <div role="status" className="visually-hidden">{announce}</div>
      <div role="alert" className="alert alert--error">{problem ?? ''}</div>
      {items.length === 0 && <p className="empty">{tr('pipeline.empty')}</p>}
      <div className="board">
        {columns.map((status) => {
          const cards = items.filter((item) => item.status === status);
          return (
            <section
              key={status}
              className="board__column"
              aria-labelledby={`column-${status}`}
              data-status={status}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                drop(status);
              }}
            >
              <h2 id={`column-${status}`} className="board__title">
                {tr(`applicationStatus.${status}`)} <span className="board__count">({cards.length})</span>
              </h2>
              <ul className="board__cards">
                {cards.map((application) => (
                  <li key={application.id}>
                    <PipelineCard
                      application={application}
                      confirming={confirm?.application.id === application.id ? confirm : null}
                      busy={mutation.isPending && mutation.variables?.application.id === application.id}
                      onRequest={request}
                      onConfirm={perform}
                      onCancel={() => {
                        setConfirm(null);
                        setFocusId(application.id);
                      }}
                      onDragStart={() => setDragged(application.id)}
                    />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
