/**
 * Journey: a recruiter signs up in the browser, registers the company, has it verified by the operator, writes
 * and publishes an offer, finds the candidate who applied in the talent search, looks at the offer's matches,
 * and records the hire on the pipeline board with the keyboard-accessible "Déplacer vers…" control. An axe scan
 * of every recruiter page on the way. The candidate and the operator act through the API (their own screens
 * have their own journeys).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  PASSWORD, applyTo, callApi, candidateWithProfile, createAdmin, login, randomSiren, uniqueEmail, verifyCompany, waitForTalents,
} from '../support/api-fixtures.mjs';
import { withPage } from '../support/journey.mjs';
import { checkA11y, latestMailTo, launchBrowser, linkFrom, startStack } from '../support/stack.mjs';
import { loginInBrowser, nextResponse, pathOf } from '../support/ui.mjs';

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

test('company → offer → search → matches → the recruiter moves the application to hired', async () => {
  const tag = randomBytes(3).toString('hex');
  const email = uniqueEmail('recruiter');
  const companyName = `Pixels du Nord ${tag}`;
  const offerTitle = `Développeur·se React ${tag}`;
  // A word only this journey's candidate has in the headline: the search must find exactly them.
  const keyword = `Zephyrin${tag}`;

  await withPage(browser, stack, 'recruiter-hire', async (page) => {
    // ── Sign-up, confirmation from the e-mail, login ──
    await page.goto('/register');
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await page.getByRole('radio', { name: /^Recruteur ou recruteuse/ }).check();
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    const registered = nextResponse(page, 'POST', '/api/auth/register');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    assert.equal((await registered).status(), 201);
    await page.getByRole('heading', { level: 1, name: 'Vérifiez votre boîte e-mail' }).waitFor();

    await page.goto(linkFrom(await latestMailTo(email), '/verify-email'));
    await page.getByRole('status').filter({ hasText: 'Votre adresse e-mail est confirmée' }).waitFor();
    await loginInBrowser(page, email, PASSWORD, 'Espace recruteur');

    // ── The company, registered in the form (SIREN with a valid Luhn key) ──
    await page.getByRole('heading', { level: 1, name: 'Inscrire votre entreprise' }).waitFor();
    assert.equal(pathOf(page), '/recruiter/company');
    await checkA11y(page, 'recruiter — company creation');
    await page.getByLabel('Raison sociale').fill(companyName);
    await page.getByLabel('SIREN').fill(randomSiren());
    await page.getByLabel('Code NAF (activité)').selectOption({ label: '6201Z — Programmation informatique' });
    await page.getByLabel('Effectif').selectOption({ label: 'Moins de 10 salariés' });
    await page.getByLabel('Bassin d’emploi').selectOption({ label: 'Lille' });
    await page.getByLabel('Commune').fill('Lille');
    await page.getByLabel('Site web').fill('https://pixels-du-nord.example.fr');
    const created = nextResponse(page, 'POST', '/api/companies');
    await page.getByRole('button', { name: 'Inscrire l’entreprise' }).click();
    const createdRes = await created;
    assert.equal(createdRes.status(), 201, await createdRes.text());
    const company = await createdRes.json();
    await page.getByRole('heading', { level: 1, name: companyName }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Entreprise inscrite. Elle est en attente de vérification.' }).waitFor();
    await page.getByText('Entreprise en attente de vérification').waitFor();
    await checkA11y(page, 'recruiter — company pending verification');

    // ── The operator verifies it (their screen is the admin journey's) ──
    const admin = await createAdmin(stack);
    await verifyCompany(stack, admin.token, company.id);
    await page.reload();
    await page.getByText('Entreprise vérifiée').waitFor();

    // ── An offer, written as a draft then published ──
    const recruiterNav = page.getByRole('navigation', { name: 'Espace recruteur' });
    await recruiterNav.getByRole('link', { name: 'Offres' }).click();
    await page.getByRole('heading', { level: 1, name: 'Offres' }).waitFor();
    await page.getByRole('link', { name: 'Rédiger une offre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rédiger une offre' }).waitFor();
    await checkA11y(page, 'recruiter — offer editor');
    await page.getByLabel('Intitulé du poste').fill(offerTitle);
    await page.getByLabel('Description', { exact: true }).fill(
      'Au sein d’une équipe de six personnes, vous développez les interfaces React de nos outils pour les PME.',
    );
    await page.getByLabel('Famille de métiers').selectOption({ label: 'Développement informatique' });
    await page.getByLabel('Compétences requises').fill('React, TypeScript');
    await page.getByLabel('Type de contrat').selectOption({ label: 'CDI' });
    await page.getByLabel('Bassin d’emploi').selectOption({ label: 'Lille' });
    await page.getByLabel('Commune (facultatif)').fill('Lille');
    await page.getByLabel('Télétravail').selectOption({ label: 'Hybride' });
    await page.getByLabel('Salaire minimum (€ brut/an)').fill('38000');
    await page.getByLabel('Salaire maximum (€ brut/an)').fill('45000');
    await page.getByLabel('Expérience attendue').selectOption({ label: 'Junior (moins de 3 ans)' });
    const drafted = nextResponse(page, 'POST', '/api/offers');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    const draftedRes = await drafted;
    assert.equal(draftedRes.status(), 201, await draftedRes.text());
    const offer = await draftedRes.json();
    await page.getByRole('status').filter({ hasText: `Offre « ${offerTitle} » enregistrée.` }).waitFor();
    assert.equal(pathOf(page), '/recruiter/offers');

    const offerCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: offerTitle }) });
    await offerCard.getByRole('button', { name: `Publier : ${offerTitle}` }).click();
    const confirmation = offerCard.getByRole('group', { name: 'Confirmation' });
    await confirmation.getByText(`Publier « ${offerTitle} » ?`).waitFor();
    await checkA11y(page, 'recruiter — offers (publish confirmation)');
    const published = nextResponse(page, 'POST', `/api/offers/${offer.id}/publish`);
    await confirmation.getByRole('button', { name: 'Oui, publier' }).click();
    assert.ok((await published).ok());
    await offerCard.getByText('Publiée', { exact: true }).waitFor();
    await checkA11y(page, 'recruiter — offers');

    // ── A candidate with a matching profile applies (through the API) ──
    const candidate = await candidateWithProfile(stack, { headline: `Développeuse React ${keyword}` });
    const fullName = `${candidate.profile.firstName} ${candidate.profile.lastName}`;
    await applyTo(stack, candidate.token, offer.id);
    // Someone else in the catalogue, so that the search visibly narrows it down.
    await candidateWithProfile(stack, {
      headline: 'Chargé d’affaires en solutions cloud',
      roleFamilies: ['SALES'],
      skills: [{ name: 'Prospection', level: 4 }],
    });

    // ── Talent search: the worker indexes the profile from the outbox, so wait until the index has it ──
    await waitForTalents(stack, admin.token, {}, (result) => result.total === 2);
    await recruiterNav.getByRole('link', { name: 'Talents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rechercher des talents' }).waitFor();
    const results = page.getByRole('region', { name: 'Résultats' });
    await results.getByRole('status').filter({ hasText: /^2 profils$/ }).waitFor();
    const searchForm = page.getByRole('search', { name: 'Recherche de talents' });
    await searchForm.getByLabel('Mots-clés').fill(keyword);
    const searched = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/talents' && new URL(res.url()).searchParams.get('q') === keyword);
    await searchForm.getByRole('button', { name: 'Rechercher' }).first().click();
    assert.equal((await searched).status(), 200);
    await results.getByRole('status').filter({ hasText: /^1 profil$/ }).waitFor();
    assert.equal(await results.getByRole('listitem').filter({ hasText: 'Chargé d’affaires en solutions cloud' }).count(), 0);
    // Anonymous in the catalogue (applying reveals the candidate to this company only, on its pipeline).
    const talentCard = results.getByRole('listitem').filter({ hasText: `Développeuse React ${keyword}` });
    await talentCard.getByRole('heading', { name: 'Candidat·e anonyme' }).waitFor();
    await talentCard.getByRole('link', { name: /^Voir le profil/ }).waitFor();
    await checkA11y(page, 'recruiter — talent search results');

    // ── The offer's matches: ranked, with the reasons worded as sentences ──
    await recruiterNav.getByRole('link', { name: 'Offres' }).click();
    const matchesLoaded = nextResponse(page, 'GET', `/api/offers/${offer.id}/matches`);
    await offerCard.getByRole('link', { name: `Profils correspondants : ${offerTitle}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Profils correspondants' }).waitFor();
    const matchesRes = await matchesLoaded;
    assert.equal(matchesRes.status(), 200, await matchesRes.text());
    const matchCard = page.getByRole('listitem').filter({ hasText: `Développeuse React ${keyword}` });
    await matchCard.getByText(/^Correspondance : \d+ %/).waitFor();
    await matchCard.getByText(/^Compétences requises : /).waitFor();
    await checkA11y(page, 'recruiter — offer matches');

    // ── The pipeline board: move the application to "Embauche" with the keyboard control, confirm ──
    await page.getByRole('link', { name: '← Offres' }).click();
    await offerCard.getByRole('link', { name: `Candidatures : ${offerTitle}` }).click();
    await page.getByRole('heading', { level: 1, name: `Candidatures — ${offerTitle}` }).waitFor();
    const column = (name) => page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
    const card = page.getByRole('article', { name: fullName });
    await column('Candidature reçue').getByRole('article', { name: fullName }).waitFor();
    await checkA11y(page, 'recruiter — pipeline board');

    const moveTo = card.getByLabel(`Déplacer vers… (${fullName})`);
    await moveTo.focus();
    await moveTo.selectOption({ label: 'Embauche' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the "Déplacer" button, reached with the keyboard
    const hireForm = card.getByRole('form', { name: `Enregistrer l’embauche de ${fullName}` });
    await hireForm.getByText(`Enregistrer une embauche pour ${fullName} ?`).waitFor();
    assert.equal(await hireForm.getByRole('checkbox', { name: /^Clôturer l’offre \(poste pourvu\)/ }).isChecked(), true);
    await checkA11y(page, 'recruiter — hire confirmation');
    const hired = nextResponse(page, 'PATCH', /\/api\/applications\/[^/]+$/);
    await hireForm.getByRole('button', { name: 'Enregistrer l’embauche' }).click();
    const hiredRes = await hired;
    assert.equal(hiredRes.status(), 200, await hiredRes.text());

    await column('Embauche').getByRole('article', { name: fullName }).waitFor();
    await page.getByRole('status').filter({ hasText: `${fullName} : déplacé·e vers « Embauche ».` }).waitFor();
    assert.equal(await column('Candidature reçue').getByRole('article').count(), 0);
    // The hire closed the offer (the box was left ticked): the board says so once it has refetched.
    await page.getByText('Cette offre est clôturée.').waitFor();
    await checkA11y(page, 'recruiter — pipeline board after the hire');

    // ── The API agrees ──
    const token = await login(stack, email);
    const list = await callApi(stack, 'GET', `/applications?offerId=${offer.id}`, { token });
    assert.equal(list.total, 1);
    assert.equal(list.items[0].status, 'HIRED');
  });
});
