/**
 * Registers the admin messages with i18next when the admin code loads, so the strings ship in the
 * space's lazy chunk instead of the entry bundle. Every admin module imports this for its side effect.
 */
import { i18n } from '../i18n';
import en from '../i18n/admin.en.json';
import fr from '../i18n/admin.fr.json';

export const ADMIN_NS = 'admin';

if (!i18n.hasResourceBundle('fr', ADMIN_NS)) {
  i18n.addResourceBundle('fr', ADMIN_NS, fr);
  i18n.addResourceBundle('en', ADMIN_NS, en);
}
