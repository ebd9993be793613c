/**
 * Journey: a candidate creates an account in the browser, confirms the address from the e-mail, logs in and
 * reaches the candidate space — the whole stack (SPA, proxy, API, PostgreSQL, mail), with an axe scan of each
 * page on the way. Also: login with the keyboard alone, and the French/English switch.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { withPage, waitInPage } from '../support/journey.mjs';
import { checkA11y, latestMailTo, launchBrowser, linkFrom, startStack } from '../support/stack.mjs';

const PASSWORD = 'Correct-Horse-42';

let browser;
let stack;

before(async () => {
  // The browser first: if Chromium is missing, fail at once with the install hint, before starting servers.
  browser = await launchBrowser();
  stack = await startStack();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

function uniqueEmail(prefix) {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.fr`;
}

/** Waits until `locator` has the keyboard focus. */
async function expectFocused(page, locator, what) {
  const handle = await locator.elementHandle();
  await waitInPage(page, (el) => el === document.activeElement, handle).catch((err) => {
    throw new Error(`expected the keyboard focus on ${what}: ${err.message}`);
  });
}

const pathOf = (page) => new URL(page.url()).pathname;

test('a candidate signs up, confirms the address from the e-mail and reaches the candidate space', async () => {
  await withPage(browser, stack, 'candidate-signup', async (page) => {
    const email = uniqueEmail('candidate');

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Les talents du numérique des Hauts-de-France' }).waitFor();
    await checkA11y(page, 'home');

    // The public statistics, linked from every page's footer, before deciding to sign up.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Statistiques publiques' }).click();
    await page.getByRole('heading', { level: 2, name: 'Chiffres clés' }).waitFor();
    assert.equal(pathOf(page), '/statistiques');
    await checkA11y(page, 'public statistics');

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Créer un compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    assert.equal(pathOf(page), '/register');
    await checkA11y(page, 'register');

    // An empty submission shows the errors, which must be accessible too.
    const submit = page.getByRole('button', { name: 'Créer mon compte' });
    await submit.click();
    await page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' }).waitFor();
    await checkA11y(page, 'register (validation errors)');

    await page.getByRole('radio', { name: /^Candidat ou candidate/ }).check();
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    const registered = page.waitForResponse((res) => res.url().endsWith('/api/auth/register'));
    await submit.click();
    assert.equal((await registered).status(), 201);
    await page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte e-mail' }).waitFor();
    await page.getByRole('status').filter({ hasText: email }).waitFor();

    const mail = await latestMailTo(email);
    const link = linkFrom(mail, '/verify-email');
    assert.ok(link.startsWith(`${stack.webUrl}/verify-email?token=`), `the mail links to the web app: ${link}`);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Confirmation de l’adresse e-mail' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Votre adresse e-mail est confirmée' }).waitFor();
    await checkA11y(page, 'verify e-mail');

    await page.getByRole('link', { name: 'Aller à la connexion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    assert.equal(pathOf(page), '/login');
    await checkA11y(page, 'login');

    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // A new candidate lands on their (empty) profile, the first thing to fill in.
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    assert.equal(pathOf(page), '/candidate');
    await page.getByRole('navigation', { name: 'Espace candidat' }).waitFor();
    await checkA11y(page, 'candidate space');

    // The session survives a reload (the refresh cookie goes through the web server's /api proxy).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    assert.equal(pathOf(page), '/candidate');

    // The space's sub-navigation works from any section (links are not nested under the current one).
    const subnav = page.getByRole('navigation', { name: 'Espace candidat' });
    await subnav.getByRole('link', { name: 'Mes candidatures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes candidatures' }).waitFor();
    await subnav.getByRole('link', { name: /^Notifications/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    assert.equal(pathOf(page), '/candidate/notifications');
    await subnav.getByRole('link', { name: 'Mon profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
  });
});

test('a verified candidate logs in with the keyboard only (Tab, typing, Enter)', async () => {
  const email = await verifiedCandidate();
  await withPage(browser, stack, 'keyboard-login', async (page) => {
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await page.getByLabel('Adresse e-mail').waitFor();

    await page.keyboard.press('Tab');
    await expectFocused(page, page.getByRole('link', { name: 'Aller au contenu principal' }), 'the skip link');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expectFocused(page, page.getByLabel('Adresse e-mail'), 'the e-mail field');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await expectFocused(page, page.getByLabel('Mot de passe', { exact: true }), 'the password field');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    assert.equal(pathOf(page), '/candidate');
  });
});

test('the English switch translates the page and sets <html lang>, and the choice is remembered', async () => {
  await withPage(browser, stack, 'language-switch', async (page) => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Les talents du numérique des Hauts-de-France' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    const english = page.getByRole('button', { name: 'English' });
    assert.equal(await english.getAttribute('aria-pressed'), 'false');

    await english.click();
    await page.getByRole('heading', { level: 1, name: 'Digital talent in Hauts-de-France' }).waitFor();
    await waitInPage(page, () => document.documentElement.lang === 'en');
    assert.equal(await english.getAttribute('aria-pressed'), 'true');
    await checkA11y(page, 'home (English)');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Digital talent in Hauts-de-France' }).waitFor();
    await waitInPage(page, () => document.documentElement.lang === 'en');

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Les talents du numérique des Hauts-de-France' }).waitFor();
    await waitInPage(page, () => document.documentElement.lang === 'fr');
  });
});

/** Set-up for journeys that start at login: an account created and confirmed through the API, not the UI. */
async function verifiedCandidate() {
  const email = uniqueEmail('keyboard');
  const post = (path, body) =>
    fetch(`${stack.apiUrl}/api${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const registered = await post('/auth/register', { email, password: PASSWORD, role: 'CANDIDATE' });
  assert.equal(registered.status, 201, await registered.text());
  const token = new URL(linkFrom(await latestMailTo(email), '/verify-email')).searchParams.get('token');
  const verified = await post('/auth/verify-email', { token });
  assert.equal(verified.status, 204, await verified.text());
  return email;
}
