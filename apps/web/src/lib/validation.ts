/**
 * Client-side validation with the shared zod schemas, so the form and the API agree on every rule.
 * zod's own messages come from its locale for the UI language; the schemas' custom keys (`password.tooWeak`)
 * go through the contract's `translateMessage`.
 */
import type { z } from 'zod';
import { en, fr } from 'zod/locales';
import { translateMessage, type Locale } from '@talents/shared';
import type { ApiError } from './api-error';

export type FieldErrors = Record<string, string>;

export type ValidationResult<T> = { success: true; data: T } | { success: false; errors: FieldErrors };

const zodLocales = { fr: fr(), en: en() } satisfies Record<Locale, { localeError: z.core.$ZodErrorMap }>;

/**
 * @param requiredMessage shown instead of the schema's message when a text field is left empty: "required"
 *   says more than "invalid e-mail" or "too short".
 */
export function validate<S extends z.ZodType>(
  schema: S,
  values: Record<string, unknown>,
  locale: Locale,
  requiredMessage: string,
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(values, { error: zodLocales[locale].localeError });
  if (result.success) return { success: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (errors[field]) continue; // one message per field: the first is the most basic
    const raw = values[field];
    errors[field] =
      typeof raw === 'string' && raw.trim() === '' ? requiredMessage : translateMessage(issue.message, locale);
  }
  return { success: false, errors };
}

/** The server's per-field `details`, keyed by field (already in the user's language). */
export function fieldErrorsFromApi(error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const detail of error.details) {
    // Nested paths ("profile.skills.0") are reported on their top-level field, which is what the form shows.
    const field = detail.field.split('.')[0] ?? detail.field;
    errors[field] ??= detail.message;
  }
  return errors;
}
