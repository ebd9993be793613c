/**
 * The form that saves a search as an alert: name (pre-filled) and frequency. Checked with the shared
 * CreateAlertRequest schema before sending, so field errors appear in the UI language without a round trip;
 * the server's field errors are shown the same way.
 */
import '../account/account-i18n';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ALERT_FREQUENCIES, CreateAlertRequest, type AlertFrequency, type AlertView, type OfferAlertFilters,
  type TalentAlertFilters,
} from '@talents/shared';
import { currentLocale } from '../i18n';
import { ApiError } from '../lib/api-error';
import { fieldErrorsFromApi, validate, type FieldErrors } from '../lib/validation';
import { describeError } from '../ui/describe-error';
import { FormAlert } from '../ui/form-alert';
import { SubmitButton } from '../ui/submit-button';
import { TextField } from '../ui/text-field';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { alertKeys, alertsApi } from './alerts-api';

export type AlertSearch =
  | { kind: 'OFFERS'; query: string; filters: OfferAlertFilters }
  | { kind: 'TALENTS'; query: string; filters: TalentAlertFilters };

interface AlertFormProps {
  search: AlertSearch;
  /** The search in words, shown so the person knows what is being saved. */
  summary: string;
  defaultName: string;
  onCreated(alert: AlertView): void;
  onCancel(): void;
}

export function AlertForm({ search, summary, defaultName, onCreated, onCancel }: AlertFormProps) {
  const { t } = useTranslation('account');
  const { t: common } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const titleId = useId();
  const [name, setName] = useState(defaultName);
  const [frequency, setFrequency] = useState<AlertFrequency>('DAILY');
  const [errors, setErrors] = useState<FieldErrors>({});

  const create = useMutation({
    mutationFn: (body: CreateAlertRequest) => alertsApi.create(body),
    onSuccess: async (alert) => {
      await queryClient.invalidateQueries({ queryKey: alertKeys.all });
      onCreated(alert);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.details.length) {
        setErrors(fieldErrorsFromApi(error));
        focusFirstError();
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = validate(CreateAlertRequest, { ...search, name, frequency }, currentLocale(), t('alertForm.required'));
    if (!result.success) {
      setErrors(result.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    create.mutate(result.data);
  }

  // Errors on fields the form does not show (a filter the search page let through) go to the form-level alert.
  const otherErrors = Object.entries(errors).filter(([field]) => field !== 'name' && field !== 'frequency');
  const formMessage =
    otherErrors.length > 0
      ? otherErrors.map(([, message]) => message).join(' ')
      : create.isError && !(create.error instanceof ApiError && create.error.details.length)
        ? describeError(create.error, common)
        : null;

  return (
    <form ref={formRef} className="form alert-form card" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId} className="alert-form__title">
        {t('alertForm.title')}
      </h2>
      <p className="field__hint">{t('alertForm.searchSummary', { summary })}</p>
      <FormAlert message={formMessage} />
      <TextField
        name="name"
        label={t('alertForm.name')}
        hint={t('alertForm.nameHint')}
        value={name}
        onValueChange={setName}
        error={errors.name}
        maxLength={200}
        required
      />
      <fieldset className="fieldset" aria-describedby={errors.frequency ? `${titleId}-frequency-error` : undefined}>
        <legend>{t('alertForm.frequency')}</legend>
        {ALERT_FREQUENCIES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="frequency"
              value={value}
              checked={frequency === value}
              onChange={() => setFrequency(value)}
            />
            {t(`alerts.frequency.${value}`)}
          </label>
        ))}
        {errors.frequency && (
          <p className="field__error" id={`${titleId}-frequency-error`}>
            {errors.frequency}
          </p>
        )}
      </fieldset>
      <div className="button-row">
        <SubmitButton pending={create.isPending} label={t('alertForm.submit')} pendingLabel={t('alertForm.submitting')} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('alertForm.cancel')}
        </button>
      </div>
    </form>
  );
}
