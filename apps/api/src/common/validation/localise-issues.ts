/**
 * Turns zod issues into API.md `details` in one language: our own message keys (see @talents/shared
 * messages) are translated; zod's built-in issues are worded by zod's locale. The raw input is never echoed.
 */
import { z } from 'zod';
import { translateMessage, validationMessages, type Locale } from '@talents/shared';

const zodLocales = { fr: z.locales.fr(), en: z.locales.en() };

export function localiseIssues(issues: z.core.$ZodIssue[], locale: Locale): { field: string; message: string }[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, message: translateMessage('field.unknown', locale) }));
    }
    return [{ field: base || '(body)', message: wordIssue(issue, locale) }];
  });
}

function wordIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.message in validationMessages[locale]) return translateMessage(issue.message, locale);
  const worded = zodLocales[locale].localeError(issue as unknown as z.core.$ZodRawIssue);
  if (typeof worded === 'string') return worded;
  return worded?.message ?? issue.message;
}
