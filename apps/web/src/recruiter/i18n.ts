/**
 * Registers the recruiter messages with i18next when the recruiter code loads, so the strings ship in the
 * space's lazy chunk instead of the entry bundle. Every recruiter module imports this for its side effect.
 */
import { i18n } from '../i18n';
import en from '../i18n/recruiter.en.json';
import fr from '../i18n/recruiter.fr.json';

export const RECRUITER_NS = 'recruiter';

if (!i18n.hasResourceBundle('fr', RECRUITER_NS)) {
  i18n.addResourceBundle('fr', RECRUITER_NS, fr);
  i18n.addResourceBundle('en', RECRUITER_NS, en);
}
