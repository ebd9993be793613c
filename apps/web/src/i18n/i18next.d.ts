/** Typed translation keys: a missing or misspelt key is a compile error. */
import 'i18next';
import type fr from './fr.json';
import type candidateFr from './candidate.fr.json';
import type offersFr from './offers.fr.json';
import type recruiterFr from './recruiter.fr.json';
import type adminFr from './admin.fr.json';
import type statsFr from './stats.fr.json';
import type matchingFr from './matching.fr.json';
import type accountFr from './account.fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // `candidate` and `offers` are registered by their route chunks (see src/candidate/candidate-i18n.ts);
    // `recruiter` and `admin` likewise (src/recruiter/i18n.ts, src/admin/i18n.ts); `matching` by
    // src/matching/matching-i18n.ts; `account` (my data, alerts, unsubscribe) by src/account/account-i18n.ts.
    resources: { translation: typeof fr; candidate: typeof candidateFr; offers: typeof offersFr;
      recruiter: typeof recruiterFr; admin: typeof adminFr; stats: typeof statsFr;
      matching: typeof matchingFr; account: typeof accountFr };
  }
}
