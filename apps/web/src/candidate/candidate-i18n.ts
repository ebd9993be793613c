/**
 * Registers the `candidate` translation namespace when the candidate space's chunk loads (its strings stay
 * out of the entry bundle). The offer labels (`offers` namespace) are reused for contracts and remote work.
 */
import '../public/offers/offers-i18n';
import { i18n } from '../i18n';
import en from '../i18n/candidate.en.json';
import fr from '../i18n/candidate.fr.json';

if (!i18n.hasResourceBundle('fr', 'candidate')) {
  i18n.addResourceBundle('fr', 'candidate', fr);
  i18n.addResourceBundle('en', 'candidate', en);
}
