/**
 * Per-offer actions. Publishing needs a verified company: the button stays visible but disabled, with the
 * reason next to it (aria-describedby), rather than disappearing. Publish and close ask for confirmation.
 */
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CLOSE_REASONS, type CloseReason, type OfferView } from '@talents/shared';
import { paths } from '../app/paths';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import './i18n';
import { keys, recruiterApi } from './recruiter-api';

type Pending = null | 'publish' | 'close';

export function OfferActions({ offer, publishable }: { offer: OfferView; publishable: boolean }) {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('recruiter');
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [confirm, setConfirm] = useState<Pending>(null);
  const [reason, setReason] = useState<CloseReason>('FILLED');
  const [done, setDone] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (action: Exclude<Pending, null>) =>
      action === 'publish' ? recruiterApi.publishOffer(offer.id) : recruiterApi.closeOffer(offer.id, reason),
    onSuccess: (updated, action) => {
      setConfirm(null);
      setDone(action === 'publish' ? tr('offers.published', { title: updated.title }) : tr('offers.closed', { title: updated.title }));
      queryClient.setQueryData(keys.offer(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: keys.allOffers });
    },
  });
  const base = `${paths.recruiter}/offers/${offer.id}`;

  return (
    <div className="offer-actions">
      <div className="button-row">
        {offer.status !== 'CLOSED' && (
          <Link className="button button--secondary button--small" to={`${base}/edit`}>
            {tr('offers.edit')}<span className="visually-hidden"> : {offer.title}</span>
          </Link>
        )}
        {offer.status === 'DRAFT' && (
          <button type="button" className="button button--small" disabled={!publishable} aria-describedby={publishable ? undefined : reasonId} onClick={() => setConfirm('publish')}>
            {tr('offers.publish')}<span className="visually-hidden"> : {offer.title}</span>
          </button>
        )}
        {offer.status === 'PUBLISHED' && (
          <button type="button" className="button button--secondary button--small" onClick={() => setConfirm('close')}>
            {tr('offers.close')}<span className="visually-hidden"> : {offer.title}</span>
          </button>
        )}
        <Link className="button button--secondary button--small" to={`${base}/pipeline`}>
          {tr('offers.pipeline')}<span className="visually-hidden"> : {offer.title}</span>
        </Link>
        <Link className="button button--secondary button--small" to={`${base}/matches`}>
          {tr('offers.matches')}<span className="visually-hidden"> : {offer.title}</span>
        </Link>
      </div>
      {offer.status === 'DRAFT' && !publishable && (
        <p id={reasonId} className="field__hint">{tr('offers.publishDisabled')}</p>
      )}
      {confirm && (
        <div className="confirm" role="group" aria-label={tr('common.confirmation')}>
          {confirm === 'publish' ? (
            <p>{tr('offers.confirmPublish', { title: offer.title })}</p>
          ) : (
            <div className="field">
              <label htmlFor={`${reasonId}-close`}>{tr('offers.closeReason')}</label>
              <select autoFocus id={`${reasonId}-close`} value={reason} onChange={(event) => setReason(event.target.value as CloseReason)}>
                {CLOSE_REASONS.map((code) => (
                  <option key={code} value={code}>{tr(`closeReason.${code}`)}</option>
                ))}
              </select>
            </div>
          )}
          <FormAlert message={mutation.isError ? describeError(mutation.error, t) : null} />
          <div className="button-row">
            <button type="button" className="button button--small" autoFocus={confirm === 'publish'} disabled={mutation.isPending} onClick={() => mutation.mutate(confirm)}>
              {confirm === 'publish' ? tr('offers.confirmPublishButton') : tr('offers.confirmCloseButton')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => { mutation.reset(); setConfirm(null); }}>
              {tr('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status" className="visually-hidden">{done ?? ''}</div>
    </div>
  );
}
