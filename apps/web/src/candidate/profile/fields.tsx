/**
 * Form controls of the profile editor, wired like ui/text-field.tsx: a visible label, the hint and the error
 * linked with aria-describedby, aria-invalid when wrong. Checkbox and radio groups are fieldsets with a legend.
 */
import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

function describedBy(...ids: (string | undefined | false)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

interface BaseProps {
  label: string;
  error?: string;
  hint?: ReactNode;
}

export function SelectField({
  label, error, hint, value, onValueChange, options, placeholder, ...select
}: BaseProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> & {
    value: string;
    onValueChange(value: string): void;
    options: { value: string; label: string }[];
    /** Label of the empty choice; omit when a value is required and always set. */
    placeholder?: string;
  }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={`${id}-hint`}>{hint}</p>}
      <select
        {...select}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && <p className="field__error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

export function TextAreaField({
  label, error, hint, value, onValueChange, ...textarea
}: BaseProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> & {
    value: string;
    onValueChange(value: string): void;
  }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={`${id}-hint`}>{hint}</p>}
      <textarea
        {...textarea}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined)}
      />
      {error && <p className="field__error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

interface ChoiceGroupProps extends BaseProps {
  type: 'checkbox' | 'radio';
  name: string;
  options: { value: string; label: string; description?: string }[];
  selected: string[];
  onSelectedChange(selected: string[]): void;
}

/** A fieldset of checkboxes (several values) or radios (one value, still passed as a one-item list). */
export function ChoiceGroup({ label, error, hint, type, name, options, selected, onSelectedChange }: ChoiceGroupProps) {
  const id = useId();
  function change(value: string, checked: boolean) {
    if (type === 'radio') onSelectedChange([value]);
    else onSelectedChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  }
  return (
    <fieldset
      className="fieldset"
      aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined)}
      aria-invalid={error ? true : undefined}
    >
      <legend>{label}</legend>
      {hint && <p className="field__hint" id={`${id}-hint`}>{hint}</p>}
      {options.map((option) => (
        <label key={option.value} className={option.description ? 'choice choice--described' : 'choice'}>
          <input
            type={type}
            name={name}
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) => change(option.value, event.target.checked)}
            aria-invalid={error ? true : undefined}
          />
          <span>
            {option.label}
            {option.description && <span className="choice__description">{option.description}</span>}
          </span>
        </label>
      ))}
      {error && <p className="field__error" id={`${id}-error`}>{error}</p>}
    </fieldset>
  );
}
