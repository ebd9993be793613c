/**
 * Set-up through the API for the journeys: the people and data a journey needs but does not itself test in the
 * browser (an admin, a candidate who applied, a verified company…). Everything goes through the public API as
 * a client would — except the admin account, which the project only creates with its operator CLI.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { config } from './config.mjs';
import { latestMailTo, linkFrom } from './mail.mjs';

const run = promisify(execFile);

export const PASSWORD = 'Correct-Horse-42';

export function uniqueEmail(prefix) {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.fr`;
}

/** A random SIREN whose 9th digit is the Luhn key (the API and the form both check it). */
export function randomSiren() {
  const head = String(10_000_000 + (randomBytes(4).readUInt32BE() % 89_999_999));
  for (let key = 0; key <= 9; key++) {
    const siren = `${head}${key}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let digit = Number(siren[8 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return siren;
  }
  throw new Error(`no Luhn key for ${head}`);
}

/**
 * `fetch` on the stack's API; asserts the expected status (with the body in the message, which is what one
 * needs when a set-up step fails) and resolves with the parsed JSON body, or null when there is none.
 */
export async function callApi(stack, method, path, { token, body, expect = [200, 201, 204] } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${stack.apiUrl}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const expected = [].concat(expect);
  assert.ok(expected.includes(res.status), `${method} ${path} answered ${res.status} (expected ${expected.join('/')}): ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Registers an account and confirms it with the token of the e-mail the API sent. */
export async function verifiedAccount(stack, role, email = uniqueEmail(role.toLowerCase())) {
  await callApi(stack, 'POST', '/auth/register', { body: { email, password: PASSWORD, role }, expect: 201 });
  await confirmEmail(stack, email);
  return { email, password: PASSWORD };
}

/** Confirms an address with the token from its latest /verify-email mail, as the link in the mail would. */
export async function confirmEmail(stack, email) {
  const token = new URL(linkFrom(await latestMailTo(email), '/verify-email')).searchParams.get('token');
  await callApi(stack, 'POST', '/auth/verify-email', { body: { token }, expect: 204 });
}

export async function login(stack, email, password = PASSWORD) {
  const session = await callApi(stack, 'POST', '/auth/login', { body: { email, password }, expect: 200 });
  return session.accessToken;
}

/** An operator account, made with the API's own CLI on the stack's database (there is no sign-up for admins). */
export async function createAdmin(stack, email = uniqueEmail('admin')) {
  try {
    await run(process.execPath, ['apps/api/dist/cli.js', 'create-admin', '--email', email, '--password', PASSWORD], {
      cwd: config.repoRoot,
      env: { ...config.baseEnv, DATABASE_URL: stack.databaseUrl, LOG_LEVEL: 'warn' },
    });
  } catch (err) {
    throw new Error(`create-admin failed:\n${err.stderr || err.stdout || err.message}`);
  }
  return { email, password: PASSWORD, token: await login(stack, email) };
}

export function companyBody(overrides = {}) {
  return {
    name: `Studio Lillois ${randomBytes(3).toString('hex')}`,
    siren: randomSiren(),
    nafCode: '6201Z',
    size: 'MICRO',
    basinCode: 'LILLE',
    town: 'Lille',
    ...overrides,
  };
}

/** A confirmed, logged-in recruiter and the company they registered (pending verification). */
export async function recruiterWithCompany(stack, companyOverrides = {}) {
  const account = await verifiedAccount(stack, 'RECRUITER');
  const token = await login(stack, account.email);
  const company = await callApi(stack, 'POST', '/companies', { token, body: companyBody(companyOverrides), expect: 201 });
  return { ...account, token, company };
}

/** The operator's verification (PATCH /admin/companies/:id), as the moderation page does it. */
export function verifyCompany(stack, adminToken, companyId) {
  return callApi(stack, 'PATCH', `/admin/companies/${companyId}`, { token: adminToken, body: { verified: true }, expect: 200 });
}

export function offerBody(companyId, overrides = {}) {
  return {
    companyId,
    title: 'Développeur·se front-end React',
    description: 'Rejoignez une équipe lilloise qui construit des outils numériques pour les PME de la région.',
    roleFamilyCode: 'DEV',
    requiredSkills: [{ name: 'React' }, { name: 'TypeScript' }],
    contractType: 'CDI',
    basinCode: 'LILLE',
    town: 'Lille',
    remotePolicy: 'HYBRID',
    salaryMin: 38_000,
    salaryMax: 45_000,
    experienceLevel: 'JUNIOR',
    ...overrides,
  };
}

/** A draft written then published by a member of a verified company. */
export async function publishedOffer(stack, recruiterToken, companyId, overrides = {}) {
  const draft = await callApi(stack, 'POST', '/offers', { token: recruiterToken, body: offerBody(companyId, overrides), expect: 201 });
  return callApi(stack, 'POST', `/offers/${draft.id}/publish`, { token: recruiterToken, expect: [200, 201] });
}

/** A confirmed candidate with a profile that fits offerBody() (DEV, React/TypeScript, Lille, CDI). */
export async function candidateWithProfile(stack, overrides = {}) {
  const account = await verifiedAccount(stack, 'CANDIDATE');
  const token = await login(stack, account.email);
  const profileBody = {
    firstName: 'Camille',
    lastName: `Durand-${randomBytes(2).toString('hex')}`,
    headline: 'Développeuse front-end React et TypeScript',
    roleFamilies: ['DEV'],
    skills: [{ name: 'React', level: 4 }, { name: 'TypeScript', level: 4 }],
    yearsOfExperience: 2,
    track: 'GRADUATE',
    basinCode: 'LILLE',
    town: 'Lille',
    contractTypes: ['CDI'],
    gender: 'FEMALE',
    visibility: 'ANONYMOUS',
    ...overrides,
  };
  const profile = await callApi(stack, 'PUT', '/candidates/me', { token, body: profileBody, expect: 200 });
  return { ...account, token, profile, profileBody };
}

export function applyTo(stack, candidateToken, offerId) {
  return callApi(stack, 'POST', `/offers/${offerId}/applications`, { token: candidateToken, body: {}, expect: 201 });
}

/** The recruiter records the hire (which, as in the UI's default, closes the offer). */
export function hire(stack, recruiterToken, applicationId) {
  return callApi(stack, 'PATCH', `/applications/${applicationId}`, { token: recruiterToken, body: { status: 'HIRED', closeOffer: true }, expect: 200 });
}

/**
 * Polls GET /talents until `accept(page)` is true: the index is filled asynchronously by the worker from the
 * outbox, so a fresh profile appears a moment after it is saved. Gives up after the start-up safety timeout.
 */
export async function waitForTalents(stack, token, query, accept) {
  const deadline = Date.now() + config.startTimeoutMs;
  const search = new URLSearchParams(query).toString();
  for (;;) {
    const page = await callApi(stack, 'GET', `/talents?${search}`, { token, expect: 200 });
    if (accept(page)) return page;
    if (Date.now() > deadline) throw new Error(`GET /talents?${search} never matched: ${JSON.stringify(page)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
