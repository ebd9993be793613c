/**
 * Registers the `account` namespace (my data and account deletion, alerts, unsubscribe) when a page of it
 * loads. These pages serve candidates and recruiters alike, so their strings live apart from either space.
 */
import { i18n } from '../i18n';
import en from '../i18n/account.en.json';
import fr from '../i18n/account.fr.json';

if (!i18n.hasResourceBundle('fr', 'account')) {
  i18n.addResourceBundle('fr', 'account', fr);
  i18n.addResourceBundle('en', 'account', en);
}
