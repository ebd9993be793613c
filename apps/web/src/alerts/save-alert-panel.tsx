/**
 * "Créer une alerte à partir de cette recherche" on a search page: a disclosure button that opens the alert
 * form for the current search, then says where the alert can be managed. Loaded lazily by the search pages,
 * and only for people who can own an alert of this kind.
 */
import '../account/account-i18n';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useReferenceLabels } from '../public/offers/reference-labels';
import '../public/offers/offers-i18n';
import { AlertForm, type AlertSearch } from './alert-form';
import { defaultAlertName, summariseSearch } from './alert-search';
import './alerts.css';

interface SaveAlertPanelProps {
  search: AlertSearch;
  /** Where this person's alerts are listed. */
  alertsHref: string;
  /** Said next to the form when part of the search on screen cannot be kept by an alert. */
  notice?: string;
}

export function SaveAlertPanel({ search, alertsHref, notice }: SaveAlertPanelProps) {
  const { t } = useTranslation('account');
  const { t: to } = useTranslation('offers');
  const labels = useReferenceLabels();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const summary = summariseSearch(search, t, to, labels);

  function close() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <div className="save-alert">
      <button
        ref={toggleRef}
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        onClick={() => {
          setCreated(null);
          setOpen(!open);
        }}
      >
        {t('alertForm.open')}
      </button>
      {open && notice && <p className="field__hint">{notice}</p>}
      {open && (
        <AlertForm
          // A new search re-seeds the name: the form is for the search on screen.
          key={summary}
          search={search}
          summary={summary}
          defaultName={defaultAlertName(summary)}
          onCancel={close}
          onCreated={(alert) => {
            setCreated(alert.name);
            close();
          }}
        />
      )}
      <div role="status">
        {created && (
          <p className="alert alert--success">
            {t('alertForm.created', { name: created })} <Link to={alertsHref}>{t('alertForm.seeAlerts')}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
