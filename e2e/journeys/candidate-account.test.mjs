/**
 * Journey: a candidate's account pages — recommended offers (empty until the profile says enough), the header's
 * notifications link, "Mes données" with the full export, and account deletion: the password is asked again,
 * a wrong one is refused, the right one erases the account and lands on the home page, logged out.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PASSWORD, verifiedAccount } from '../support/api-fixtures.mjs';
import { withPage } from '../support/journey.mjs';
import { checkA11y, launchBrowser, startStack } from '../support/stack.mjs';

let browser;
let stack;

before(async () => {
  browser = await launchBrowser();
  stack = await startStack();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

const post = (path, body) =>
  fetch(`${stack.apiUrl}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('a candidate sees how to get recommendations, downloads their data and deletes the account', async () => {
  const { email } = await verifiedAccount(stack, 'CANDIDATE');
  await withPage(browser, stack, 'candidate-account', async (page) => {
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: /^Notifications/ }).waitFor();

    const subnav = page.getByRole('navigation', { name: 'Espace candidat' });
    await subnav.getByRole('link', { name: 'Offres recommandées' }).click();
    // No profile yet: the page says what to do rather than showing an empty list.
    await page.getByRole('heading', { level: 2, name: 'Complétez votre profil pour recevoir des recommandations' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Compléter mon profil' }).getAttribute('href'), '/candidate');
    await checkA11y(page, 'recommendations (no profile)');

    await subnav.getByRole('link', { name: 'Mes données' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes données' }).waitFor();
    await checkA11y(page, 'my data');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger toutes mes données' }).click();
    assert.equal((await download).suggestedFilename(), 'banque-des-talents-export.json');

    await page.getByRole('button', { name: 'Supprimer mon compte…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer définitivement votre compte ?' });
    await dialog.waitFor();
    await checkA11y(page, 'account deletion dialog');
    await dialog.getByLabel('Votre mot de passe, pour confirmer').fill('not-my-password-1');
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await dialog.getByText('Mot de passe incorrect.').waitFor();

    const erased = page.waitForResponse((res) => res.url().endsWith('/api/me') && res.request().method() === 'DELETE' && res.status() === 204);
    await dialog.getByLabel('Votre mot de passe, pour confirmer').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await erased;
    await page.getByRole('status').filter({ hasText: 'Votre compte a été supprimé' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Se connecter' }).waitFor();
    await checkA11y(page, 'home after deletion');

    // Gone for good: a reload does not bring a session back, and the credentials no longer open one.
    await page.reload();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Se connecter' }).waitFor();
    const login = await post('/auth/login', { email, password: PASSWORD });
    assert.equal(login.status, 401);
  });
});
