/** Registers the `stats` namespace when the statistics page's chunk loads (kept out of the entry bundle). */
import { i18n } from '../../i18n';
import en from '../../i18n/stats.en.json';
import fr from '../../i18n/stats.fr.json';

if (!i18n.hasResourceBundle('fr', 'stats')) {
  i18n.addResourceBundle('fr', 'stats', fr);
  i18n.addResourceBundle('en', 'stats', en);
}
