/**
 * Validation messages in both languages, keyed. Schemas raise keys (e.g. `password.tooWeak`); the API's
 * validation pipe and the SPA's forms turn them into the user's language with `translateMessage`. Built-in
 * zod issues (wrong type, too short, …) are localised by zod's own locales instead.
 */
import type { Locale } from './enums';

export const validationMessages = {
  fr: {
    'email.invalid': 'Adresse e-mail invalide.',
    'password.tooShort': 'Le mot de passe doit contenir au moins 10 caractères.',
    'password.tooLong': 'Le mot de passe ne peut pas dépasser 128 caractères.',
    'password.tooWeak': 'Le mot de passe doit mêler au moins trois types de caractères : minuscules, majuscules, chiffres, symboles.',
    'token.invalid': 'Jeton invalide.',
    'roleFamily.invalid': 'Famille de métiers inconnue.',
    'field.unknown': 'Champ non autorisé.',
  },
  en: {
    'email.invalid': 'Invalid e-mail address.',
    'password.tooShort': 'The password must be at least 10 characters long.',
    'password.tooLong': 'The password cannot be longer than 128 characters.',
    'password.tooWeak': 'The password must mix at least three kinds of characters: lower case, upper case, digits, symbols.',
    'token.invalid': 'Invalid token.',
    'roleFamily.invalid': 'Unknown role family.',
    'field.unknown': 'Field not allowed.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ValidationMessageKey = keyof (typeof validationMessages)['fr'];

export function translateMessage(message: string, locale: Locale): string {
  const table: Record<string, string> = validationMessages[locale];
  return table[message] ?? message;
}
