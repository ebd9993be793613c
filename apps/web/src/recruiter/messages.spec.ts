import { describe, expect, it } from 'vitest';
import adminEn from '../i18n/admin.en.json';
import adminFr from '../i18n/admin.fr.json';
import recruiterEn from '../i18n/recruiter.en.json';
import recruiterFr from '../i18n/recruiter.fr.json';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('recruiter and admin message files', () => {
  it.each([
    ['recruiter', recruiterFr, recruiterEn],
    ['admin', adminFr, adminEn],
  ])('%s: same keys in French and English, none empty', (_name, fr, en) => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const file of [fr, en]) expect(JSON.stringify(file)).not.toMatch(/:\s*""/);
  });
});
