/**
 * Registers the `offers` translation namespace when the offer pages' chunk loads, so its strings stay out of
 * the entry bundle. Synchronous: the bundles are added before the first render of these pages.
 */
import { i18n } from '../../i18n';
import en from '../../i18n/offers.en.json';
import fr from '../../i18n/offers.fr.json';

if (!i18n.hasResourceBundle('fr', 'offers')) {
  i18n.addResourceBundle('fr', 'offers', fr);
  i18n.addResourceBundle('en', 'offers', en);
}
