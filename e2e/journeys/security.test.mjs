/**
 * Security in the browser (ASVS V5.3.3, V14.4): markup a user stores (profile headline, bio, trainings; offer
 * title and description) is displayed as text and never runs, on the recruiter's profile view and the public
 * offer page; the SPA is served with its security headers (the same list docker/nginx.conf sends), and its CSP
 * does not get in the app's way (no violation reported while using it).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { callApi, candidateWithProfile, createAdmin, publishedOffer, recruiterWithCompany, verifyCompany } from '../support/api-fixtures.mjs';
import { config } from '../support/config.mjs';
import { withPage } from '../support/journey.mjs';
import { launchBrowser, startStack } from '../support/stack.mjs';
import { loginInBrowser } from '../support/ui.mjs';

/** Each payload sets a flag (and opens a dialog) if it ever runs. */
const IMG = '<img src=x onerror="window.__xss=(window.__xss||0)+1;alert(1)">';
const SCRIPT = '<script>window.__xss=(window.__xss||0)+1</script>';
const SVG = '<svg/onload=window.__xss=1>';
const LINK = '<a href="javascript:window.__xss=1">clic</a>';

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

/** Fails the journey if a payload ran or a CSP violation was reported. */
function watch(page) {
  const problems = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) problems.push(`CSP violation: ${msg.text()}`);
  });
  return async () => {
    const flag = await page.evaluate(() => window.__xss);
    assert.equal(flag, undefined, 'a stored payload ran in the page');
    assert.deepEqual(problems, []);
  };
}

/** The element's visible text contains the payload character for character (escaped, not parsed). */
async function showsLiterally(locator, payload) {
  const text = await locator.innerText();
  assert.ok(text.includes(payload), `expected the literal text ${payload} in: ${text.slice(0, 300)}`);
}

test('stored markup in profile and offer fields is shown as text and never runs', async () => {
  const admin = await createAdmin(stack);
  const recruiter = await recruiterWithCompany(stack);
  await verifyCompany(stack, admin.token, recruiter.company.id);
  const offer = await publishedOffer(stack, recruiter.token, recruiter.company.id, {
    title: `Développeur ${IMG}`,
    description: `Mission : ${SCRIPT}\n\nÉquipe : ${SVG} ${LINK}`,
  });
  const candidate = await candidateWithProfile(stack, {
    visibility: 'PUBLIC',
    headline: `Experte ${IMG}`,
    bio: `Bio ${SCRIPT} ${LINK}`,
    trainings: [{ organisation: `École ${SVG}`, programme: `Cursus ${IMG}`, route: 'HIGHER_EDUCATION', year: 2024 }],
  });
  // What the API stores and returns is the text as typed: escaping is the view's job, not the database's.
  const stored = await callApi(stack, 'GET', `/candidates/${candidate.profile.id}`, { token: recruiter.token });
  assert.equal(stored.headline, `Experte ${IMG}`);

  await withPage(browser, stack, 'security-stored-markup', async (page) => {
    const verify = watch(page);

    await page.goto(`/offers/${offer.id}`);
    const title = page.getByRole('heading', { level: 1 });
    await title.filter({ hasText: 'Développeur' }).waitFor();
    await showsLiterally(title, IMG);
    await showsLiterally(page.locator('.offer-page__description'), SCRIPT);
    await showsLiterally(page.locator('.offer-page__description'), LINK);
    assert.equal(await page.locator('main img[src="x"], main svg[onload], main a[href^="javascript:"]').count(), 0);

    await loginInBrowser(page, recruiter.email, recruiter.password, 'Espace recruteur');
    await page.goto(`/recruiter/talents/${candidate.profile.id}`);
    await page.locator('p.lead').filter({ hasText: 'Experte' }).waitFor();
    await showsLiterally(page.locator('p.lead'), IMG);
    await showsLiterally(page.locator('section[aria-labelledby="profile-bio"]'), SCRIPT);
    await showsLiterally(page.locator('section[aria-labelledby="profile-trainings"]'), `Cursus ${IMG}`);
    await showsLiterally(page.locator('section[aria-labelledby="profile-trainings"]'), `École ${SVG}`);
    assert.equal(await page.locator('main img[src="x"], main svg[onload], main a[href^="javascript:"]').count(), 0);

    await verify();
  });
});

test('the SPA is served with its security headers, the same list docker/nginx.conf sends', async () => {
  const expected = JSON.parse(await readFile(join(config.repoRoot, 'apps/web/security-headers.json'), 'utf8'));
  assert.match(expected['Content-Security-Policy'], /frame-ancestors 'none'/);
  assert.match(expected['Content-Security-Policy'], /script-src 'self'(;|$)/, 'no unsafe-inline scripts');
  for (const path of ['/', '/offers', '/recruiter/talents']) {
    const res = await fetch(`${stack.webUrl}${path}`);
    assert.equal(res.status, 200);
    for (const [name, value] of Object.entries(expected)) assert.equal(res.headers.get(name), value, `${name} on ${path}`);
  }

  // nginx: every location that adds headers adds all of them, with the same values, plus HSTS.
  const nginx = await readFile(join(config.repoRoot, 'docker/nginx.conf'), 'utf8');
  const locations = [...nginx.matchAll(/location\s+(\/[^\s{]*)\s*\{([^}]*)\}/g)].filter(([, , body]) => body.includes('add_header'));
  assert.ok(locations.length >= 2, 'nginx serves the SPA from at least two locations with headers');
  for (const [, where, body] of locations) {
    if (where.startsWith('/api')) continue;
    const sent = Object.fromEntries([...body.matchAll(/add_header\s+([\w-]+)\s+("([^"]*)"|(\S+))\s+always;/g)].map((m) => [m[1], m[3] ?? m[4]]));
    for (const [name, value] of Object.entries(expected)) assert.equal(sent[name], value, `${name} in nginx location ${where}`);
    assert.match(sent['Strict-Transport-Security'] ?? '', /max-age=\d{8}; includeSubDomains/, `HSTS in nginx location ${where}`);
  }
});
