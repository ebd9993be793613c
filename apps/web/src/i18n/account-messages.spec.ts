import { describe, expect, it } from 'vitest';
import accountEn from './account.en.json';
import accountFr from './account.fr.json';
import candidateEn from './candidate.en.json';
import candidateFr from './candidate.fr.json';
import matchingEn from './matching.en.json';
import matchingFr from './matching.fr.json';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('account, candidate and matching message files', () => {
  it.each([
    ['account', accountFr, accountEn],
    ['candidate', candidateFr, candidateEn],
    ['matching', matchingFr, matchingEn],
  ])('%s: same keys in French and English, none empty', (_name, fr, en) => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const file of [fr, en]) expect(JSON.stringify(file)).not.toMatch(/:\s*""/);
  });

  it('words a match reason for both readers', () => {
    expect(keys(matchingFr.candidate).sort()).toEqual(keys(matchingFr.recruiter).sort());
  });
});
