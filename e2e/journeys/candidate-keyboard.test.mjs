/**
 * Journey with the keyboard alone: a candidate creates an account, confirms it from the e-mail, fills in the
 * profile and applies to an offer — only Tab / Shift+Tab / Enter / Space / arrow keys and typing, never a
 * click. Every control the focus lands on must show it, and every page passes the axe scan. The offer (and the
 * verified company behind it) is set up through the API.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { callApi, createAdmin, publishedOffer, recruiterWithCompany, uniqueEmail, verifyCompany, PASSWORD } from '../support/api-fixtures.mjs';
import { withPage } from '../support/journey.mjs';
import { expectFocusOn, tabTo } from '../support/keyboard.mjs';
import { checkA11y, latestMailTo, launchBrowser, linkFrom, startStack } from '../support/stack.mjs';
import { pathOf } from '../support/ui.mjs';

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

/** A published offer of a verified company, findable by the returned tag. */
async function offerToApplyTo() {
  const tag = `Clavier${randomBytes(3).toString('hex')}`;
  const recruiter = await recruiterWithCompany(stack);
  const admin = await createAdmin(stack);
  await verifyCompany(stack, admin.token, recruiter.company.id);
  const offer = await publishedOffer(stack, recruiter.token, recruiter.company.id, { title: `Développeur·se React ${tag}` });
  // The public search may be filled asynchronously: wait until the offer can be found, as the candidate will.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const page = await callApi(stack, 'GET', `/offers?q=${tag}`);
    if (page.items.some((item) => item.id === offer.id)) break;
    if (Date.now() > deadline) throw new Error(`offer ${tag} never appeared in GET /offers`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { tag, title: offer.title };
}

test('a candidate registers, confirms the address, fills the profile and applies — keyboard only', async () => {
  const offer = await offerToApplyTo();
  await withPage(browser, stack, 'candidate-keyboard', async (page) => {
    const email = uniqueEmail('clavier');
    const main = page.getByRole('main');
    const header = page.getByRole('banner');

    // Home → "Créer un compte" from the main navigation.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Les talents du numérique des Hauts-de-France' }).waitFor();
    await checkA11y(page, 'home');
    await tabTo(page, page.getByRole('link', { name: 'Aller au contenu principal' }), 'the skip link');
    await tabTo(page, header.getByRole('link', { name: 'Créer un compte' }), 'the "Créer un compte" link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    assert.equal(pathOf(page), '/register');
    await checkA11y(page, 'register');

    // Register: the role is a radio group (arrow keys move the choice), then e-mail, password, Enter.
    const candidateRole = page.getByRole('radio', { name: /^Candidat ou candidate/ });
    const recruiterRole = page.getByRole('radio', { name: /^Recruteur/ });
    await tabTo(page, candidateRole, 'the candidate role');
    await page.keyboard.press('ArrowDown');
    await expectFocusOn(page, recruiterRole, 'the recruiter role');
    assert.equal(await recruiterRole.isChecked(), true);
    await page.keyboard.press('ArrowUp');
    await expectFocusOn(page, candidateRole, 'the candidate role');
    assert.equal(await candidateRole.isChecked(), true);
    await tabTo(page, page.getByLabel('Adresse e-mail'), 'the e-mail field');
    await page.keyboard.type(email);
    await tabTo(page, page.getByLabel('Mot de passe', { exact: true }), 'the password field');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte e-mail' }).waitFor();
    await checkA11y(page, 'register (mail sent)');

    // The link of the e-mail, opened as from a mail client.
    await page.goto(linkFrom(await latestMailTo(email), '/verify-email'));
    await page.getByRole('status').filter({ hasText: 'Votre adresse e-mail est confirmée' }).waitFor();
    await checkA11y(page, 'verify e-mail');
    await tabTo(page, main.getByRole('link', { name: 'Aller à la connexion' }), 'the link to the login page');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await checkA11y(page, 'login');

    await tabTo(page, page.getByLabel('Adresse e-mail'), 'the e-mail field');
    await page.keyboard.type(email);
    await tabTo(page, page.getByLabel('Mot de passe', { exact: true }), 'the password field');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    assert.equal(pathOf(page), '/candidate');
    await page.getByLabel('Prénom *', { exact: true }).waitFor();
    await checkA11y(page, 'profile (empty)');

    // The profile: the required fields, in the order of the form.
    await tabTo(page, page.getByLabel('Prénom *', { exact: true }), 'the first name');
    await page.keyboard.type('Camille');
    await tabTo(page, page.getByLabel('Nom *', { exact: true }), 'the last name');
    await page.keyboard.type('Clavier');
    const dev = page.getByRole('checkbox', { name: 'Développement informatique' });
    await tabTo(page, dev, 'the "Développement informatique" profession');
    await page.keyboard.press('Space');
    assert.equal(await dev.isChecked(), true);
    await tabTo(page, page.getByLabel('Années d’expérience dans le métier *'), 'the years of experience');
    await page.keyboard.type('2');
    const basin = page.getByLabel('Bassin d’emploi *');
    await tabTo(page, basin, 'the employment basin');
    await page.keyboard.type('Lille'); // type-ahead in a closed <select>
    assert.equal(await basin.inputValue(), 'LILLE');
    const cdi = page.getByRole('checkbox', { name: 'CDI' });
    await tabTo(page, cdi, 'the CDI contract');
    await page.keyboard.press('Space');
    assert.equal(await cdi.isChecked(), true);
    await tabTo(page, page.getByRole('button', { name: 'Enregistrer mon profil' }), 'the save button');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Votre profil est enregistré.' }).waitFor();
    await checkA11y(page, 'profile (saved)');

    // Back up to the main navigation, then the offer search.
    await tabTo(page, header.getByRole('link', { name: 'Offres d’emploi' }), 'the offers link', { backwards: true, max: 200 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Offres d’emploi' }).waitFor();
    await checkA11y(page, 'offer search');
    await tabTo(page, page.getByLabel(/^Mots-clés/), 'the keywords field');
    await page.keyboard.type(offer.tag);
    await page.keyboard.press('Enter');
    const offerLink = main.getByRole('link', { name: offer.title });
    await offerLink.waitFor();
    await tabTo(page, offerLink, 'the offer');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: offer.title }).waitFor();
    await checkA11y(page, 'offer page');

    // Apply: the button opens the form and the focus follows into it.
    await tabTo(page, page.getByRole('button', { name: 'Postuler' }), 'the apply button');
    await page.keyboard.press('Enter');
    const message = page.getByLabel('Message à l’entreprise (facultatif)');
    await expectFocusOn(page, message, 'the message field');
    await page.keyboard.type('Bonjour, votre équipe m’intéresse beaucoup.');
    await checkA11y(page, 'offer page (apply form)');
    await tabTo(page, page.getByRole('button', { name: 'Envoyer ma candidature' }), 'the send button');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Votre candidature a été envoyée.' }).waitFor();
    await checkA11y(page, 'offer page (applied)');

    const mine = page.getByRole('link', { name: 'Mes candidatures' }).last();
    await tabTo(page, mine, 'the link to my applications', { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mes candidatures' }).waitFor();
    await main.getByText(offer.title).first().waitFor();
    await checkA11y(page, 'my applications');
  });
});
