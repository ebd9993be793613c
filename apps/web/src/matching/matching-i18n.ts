/**
 * Registers the `matching` namespace (match reasons worded for a recruiter or for the candidate) when a page
 * that shows reasons loads: the recruiter's matches page and the candidate's recommendations.
 */
import { i18n } from '../i18n';
import en from '../i18n/matching.en.json';
import fr from '../i18n/matching.fr.json';

if (!i18n.hasResourceBundle('fr', 'matching')) {
  i18n.addResourceBundle('fr', 'matching', fr);
  i18n.addResourceBundle('en', 'matching', en);
}
