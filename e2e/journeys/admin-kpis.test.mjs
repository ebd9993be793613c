/**
 * Journey: the operator logs in, verifies a company waiting in the moderation list, and — once that company
 * has hired someone — sees the hire in the KPI panel's "Embauches effectives" card. The recruiter and the
 * candidate act through the API (the recruiter's screens are the recruiter-hire journey's). Axe scan of every
 * admin page on the way.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { applyTo, candidateWithProfile, createAdmin, hire, publishedOffer, recruiterWithCompany } from '../support/api-fixtures.mjs';
import { withPage } from '../support/journey.mjs';
import { checkA11y, latestMailTo, launchBrowser, startStack } from '../support/stack.mjs';
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

/** The number shown on a KPI card (French formatting: "1 234" with a narrow no-break space). */
async function cardValue(card) {
  const text = await card.locator('.kpi-card__value').innerText();
  const value = Number(text.replace(/[\s\u202f\u00a0]/g, ''));
  assert.ok(Number.isInteger(value), `a KPI card shows a whole number, not "${text}"`);
  return value;
}

test('the operator verifies a company, then the KPI panel counts its hire', async () => {
  const companyName = `Atelier Numérique ${randomBytes(3).toString('hex')}`;
  const recruiter = await recruiterWithCompany(stack, { name: companyName });
  const admin = await createAdmin(stack);

  await withPage(browser, stack, 'admin-kpis', async (page) => {
    // ── Login: the operator lands on the KPI panel ──
    await loginInBrowser(page, admin.email, admin.password, 'Administration');
    await page.getByRole('heading', { level: 1, name: 'Indicateurs de la Banque des talents' }).waitFor();
    assert.equal(pathOf(page), '/admin/kpis');
    // The card, not the chart legend of the same name: the card also says how many fall in the period.
    const hiresCard = page.getByRole('listitem').filter({ hasText: 'Embauches effectives' }).filter({ hasText: /dont \d+ sur la période/ });
    const hiresBefore = await cardValue(hiresCard);
    await checkA11y(page, 'admin — KPI panel');

    // ── Company moderation: the new company waits in "À vérifier" ──
    const adminNav = page.getByRole('navigation', { name: 'Administration' });
    await adminNav.getByRole('link', { name: 'Entreprises' }).click();
    await page.getByRole('heading', { level: 1, name: 'Modération des entreprises' }).waitFor();
    const filters = page.getByRole('group', { name: 'Filtrer les entreprises' });
    assert.equal(await filters.getByRole('button', { name: 'À vérifier' }).getAttribute('aria-pressed'), 'true');
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: companyName }) });
    await row.getByText('En attente de vérification').waitFor();
    await row.getByText(`SIREN ${recruiter.company.siren}`).waitFor();
    await checkA11y(page, 'admin — company moderation');

    await row.getByRole('button', { name: `Vérifier ${companyName}` }).click();
    const confirmation = row.getByRole('group', { name: `Vérifier ${companyName} ? Ses offres pourront être publiées.` });
    await confirmation.getByLabel('Motif (facultatif, communiqué à l’entreprise)').fill('SIREN et activité contrôlés.');
    await checkA11y(page, 'admin — verification confirmation');
    const verified = nextResponse(page, 'PATCH', `/api/admin/companies/${recruiter.company.id}`);
    await confirmation.getByRole('button', { name: 'Confirmer' }).click();
    const verifiedRes = await verified;
    assert.equal(verifiedRes.status(), 200, await verifiedRes.text());
    await page.getByRole('status').filter({ hasText: `${companyName} est vérifiée.` }).waitFor();
    // No longer waiting: it leaves "À vérifier" and is listed under "Vérifiées".
    await row.waitFor({ state: 'detached' });
    await filters.getByRole('button', { name: 'Vérifiées' }).click();
    await row.getByText('Vérifiée', { exact: true }).waitFor();
    await checkA11y(page, 'admin — verified companies');

    // ── The verified company publishes an offer and hires the candidate who applied (through the API) ──
    const offer = await publishedOffer(stack, recruiter.token, recruiter.company.id);
    const candidate = await candidateWithProfile(stack);
    const application = await applyTo(stack, candidate.token, offer.id);
    await hire(stack, recruiter.token, application.id);

    // ── The KPI panel counts it once refreshed (the panel does not poll) ──
    await adminNav.getByRole('link', { name: 'Indicateurs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Indicateurs de la Banque des talents' }).waitFor();
    await page.getByRole('status').filter({ hasText: /^Mis à jour à \d{2}:\d{2}$/ }).waitFor();
    const refresh = page.getByRole('button', { name: 'Rafraîchir' });
    await refresh.waitFor(); // enabled again once the visit's own fetch is done
    const kpisLoaded = nextResponse(page, 'GET', '/api/admin/kpis');
    await refresh.click();
    assert.equal((await kpisLoaded).status(), 200);
    await page.getByRole('button', { name: 'Rafraîchir' }).and(page.locator(':enabled')).waitFor();
    await hiresCard.waitFor();
    const hiresAfter = await cardValue(hiresCard);
    assert.ok(hiresAfter >= 1, `"Embauches effectives" shows ${hiresAfter}`);
    assert.equal(hiresAfter, hiresBefore + 1);
    await hiresCard.getByText(/^dont \d+ sur la période$/).waitFor();
    await checkA11y(page, 'admin — KPI panel with the hire');

    // ── The audit log shows the verification in words, and filters by action ──
    await adminNav.getByRole('link', { name: 'Journal d’audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal d’audit' }).waitFor();
    const log = page.getByRole('table', { name: 'Journal d’audit' });
    const verification = log.getByRole('row').filter({ hasText: 'Vérification d’une entreprise' }).filter({ hasText: recruiter.company.id });
    await verification.getByText('SIREN et activité contrôlés.').waitFor();
    await checkA11y(page, 'admin — audit log');
    // On a phone the table scrolls sideways: the scroller must be reachable with the keyboard.
    await page.setViewportSize({ width: 360, height: 780 });
    await checkA11y(page, 'admin — audit log (360 px)');
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByLabel('Action').selectOption({ label: 'Suspension d’une entreprise' });
    const filtered = nextResponse(page, 'GET', '/api/admin/audit-log');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    assert.match((await filtered).url(), /action=company\.suspend/);
    await verification.waitFor({ state: 'detached' });
    await checkA11y(page, 'admin — audit log (filtered)');

    // ── Candidate imports: the upload form and the history (whatever state the imports API is in) ──
    await adminNav.getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imports de candidats' }).waitFor();
    await page.getByLabel('Fichier CSV').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Imports précédents' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Chargement' }).waitFor({ state: 'detached' });
    await checkA11y(page, 'admin — candidate imports');

    // ── A real import through the worker: a bad row is reported and nothing is created; the fixed file goes in ──
    const template = await (await fetch(`${stack.apiUrl}/api/admin/imports/template.csv`, { headers: { authorization: `Bearer ${admin.token}` } })).text();
    const [header, example] = template.replace(/^\uFEFF/, '').split(/\r?\n/);
    const csvRow = (email) => `${email}${example.slice(example.indexOf(','))}`;
    const learner = `promo.${randomBytes(4).toString('hex')}@example.fr`;
    const upload = async (name, lines) => {
      await page.getByLabel('Fichier CSV').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`${[header, ...lines].join('\r\n')}\r\n`) });
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
    };
    await upload('promo-avec-erreur.csv', [csvRow(learner), csvRow('pas-un-email')]);
    await page.getByText('L’import a échoué : aucun candidat n’a été créé.').waitFor();
    const rowErrors = page.getByRole('table', { name: 'Erreurs par ligne du fichier' });
    await rowErrors.getByRole('cell', { name: 'Adresse e-mail invalide.' }).waitFor();
    await checkA11y(page, 'admin — failed import with row errors');
    await upload('promo.csv', [csvRow(learner)]);
    await page.getByText('Import terminé : 1 candidat importé.').waitFor();
    const invitation = await latestMailTo(learner);
    assert.match(invitation.text, /reset-password\?token=/, 'the imported learner is invited to choose a password');
  });
});
