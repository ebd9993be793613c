/**
 * One application on the board: who (as the API lets the company see them), since when, and the keyboard
 * "Déplacer vers…" control. A rejection asks for its reason; a hire asks for confirmation, since it is recorded
 * as an effective hire (a success KPI) and by default closes the offer.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REJECTION_REASONS, type ApplicationStatus, type ApplicationView, type RejectionReason, type UpdateApplicationRequest } from '@talents/shared';
import './i18n';
import { recruiterMoves } from './pipeline-moves';
import { basinLabel, formatDate } from './reference-labels';

export interface MoveRequest {
  application: ApplicationView;
  to: ApplicationStatus;
}

interface PipelineCardProps {
  application: ApplicationView;
  confirming: MoveRequest | null;
  busy: boolean;
  onRequest(move: MoveRequest): void;
  onConfirm(move: MoveRequest, extra: Partial<UpdateApplicationRequest>): void;
  onCancel(): void;
  onDragStart(): void;
}

export function PipelineCard({ application, confirming, busy, onRequest, onConfirm, onCancel, onDragStart }: PipelineCardProps) {
  const { t: tr } = useTranslation('recruiter');
  const id = useId();
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [reasonError, setReasonError] = useState(false);
  const [closeOffer, setCloseOffer] = useState(true);
  const moves = recruiterMoves(application.status);
  const { candidate } = application;
  const name = candidate.displayName;

  return (
    <article
      id={`application-${application.id}`}
      className="board__card"
      tabIndex={-1}
      aria-labelledby={`${id}-name`}
      draggable={moves.length > 0}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', application.id);
        onDragStart();
      }}
    >
      <h3 id={`${id}-name`} className="board__name">{name}</h3>
      {candidate.headline && <p className="board__meta">{candidate.headline}</p>}
      <p className="board__meta">
        {tr('pipeline.experience', { count: candidate.yearsOfExperience })}
        {candidate.basinCode ? ` · ${basinLabel(candidate.basinCode)}` : ''}
      </p>
      <p className="board__meta">{tr('pipeline.appliedOn', { date: formatDate(application.createdAt) })}</p>
      {application.rejectionReason && <p className="board__meta">{tr(`rejectionReason.${application.rejectionReason}`)}</p>}
      {candidate.revealed && candidate.email && <p className="board__meta"><a href={`mailto:${candidate.email}`}>{candidate.email}</a></p>}

      {moves.length > 0 && !confirming && (
        <form
          className="board__move"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) onRequest({ application, to: target as ApplicationStatus });
          }}
        >
          <label htmlFor={`${id}-move`}>
            {tr('pipeline.moveTo')}<span className="visually-hidden"> ({name})</span>
          </label>
          <div className="board__move-row">
            <select id={`${id}-move`} value={target} onChange={(event) => setTarget(event.target.value)} disabled={busy}>
              <option value="">{tr('pipeline.chooseStage')}</option>
              {moves.map((status) => (
                <option key={status} value={status}>{tr(`applicationStatus.${status}`)}</option>
              ))}
            </select>
            <button type="submit" className="button button--small" disabled={busy || !target}>
              {tr('pipeline.move')}<span className="visually-hidden"> {name}</span>
            </button>
          </div>
        </form>
      )}

      {confirming?.to === 'REJECTED' && (
        <form
          className="confirm"
          aria-label={tr('pipeline.rejectTitle', { name })}
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason) {
              setReasonError(true);
              return;
            }
            onConfirm(confirming, { rejectionReason: reason });
          }}
        >
          <label htmlFor={`${id}-reason`}>{tr('pipeline.rejectReason')}</label>
          <select
            id={`${id}-reason`}
            autoFocus
            value={reason}
            onChange={(event) => { setReason(event.target.value as RejectionReason); setReasonError(false); }}
            aria-invalid={reasonError || undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          >
            <option value="">{tr('pipeline.chooseReason')}</option>
            {REJECTION_REASONS.map((code) => (
              <option key={code} value={code}>{tr(`rejectionReason.${code}`)}</option>
            ))}
          </select>
          {reasonError && <p id={`${id}-reason-error`} className="field__error">{tr('pipeline.reasonRequired')}</p>}
          <div className="button-row">
            <button type="submit" className="button button--small">{tr('pipeline.confirmReject')}</button>
            <button type="button" className="button button--secondary button--small" onClick={onCancel}>{tr('common.cancel')}</button>
          </div>
        </form>
      )}

      {confirming?.to === 'HIRED' && (
        <form
          className="confirm"
          aria-label={tr('pipeline.hireTitle', { name })}
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm(confirming, { closeOffer });
          }}
        >
          <p>{tr('pipeline.hireText', { name })}</p>
          <label className="choice">
            <input type="checkbox" checked={closeOffer} onChange={(event) => setCloseOffer(event.target.checked)} />
            {tr('pipeline.hireCloseOffer')}
          </label>
          <div className="button-row">
            <button type="submit" className="button button--small" autoFocus>{tr('pipeline.confirmHire')}</button>
            <button type="button" className="button button--secondary button--small" onClick={onCancel}>{tr('common.cancel')}</button>
          </div>
        </form>
      )}
    </article>
  );
}
