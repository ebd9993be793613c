import { describe, expect, it } from 'vitest';
import accountEn from './account.en.json';
import accountFr from './account.fr.json';
import candidateEn from './candidate.en.json';
import candidateFr from './candidate.fr.json';
import en from './en.json';
import fr from './fr.json';
import matchingEn from './matching.en.json';
import matchingFr from './matching.fr.json';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

// The recruiter and admin files are checked in src/recruiter/messages.spec.ts.
describe('message files', () => {
  it.each([
    ['translation', fr, en],
    ['account', accountFr, accountEn],
    ['candidate', candidateFr, candidateEn],
    ['matching', matchingFr, matchingEn],
  ])('%s: same keys in French and English, none empty', (_name, frFile, enFile) => {
    expect(keys(enFile).sort()).toEqual(keys(frFile).sort());
    for (const file of [frFile, enFile]) expect(JSON.stringify(file)).not.toMatch(/:\s*""/);
  });

  it('words every match reason for both readers, the recruiter and the candidate', () => {
    expect(keys(matchingFr.candidate).sort()).toEqual(keys(matchingFr.recruiter).sort());
  });
});
