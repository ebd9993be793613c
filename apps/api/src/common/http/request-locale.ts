/** The caller's language: the `Accept-Language` header's first supported tag, French otherwise. */
import type { Locale } from '@talents/shared';

export function requestLocale(acceptLanguage: string | string[] | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage ?? '';
  const tags = header
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { lang: (tag ?? '').slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .filter((t) => t.lang === 'fr' || t.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return (tags[0]?.lang as Locale | undefined) ?? 'fr';
}
