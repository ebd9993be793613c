/** Browser steps several journeys share, done as a user does them (labels and roles, French UI). */

/** Logs in on /login and waits for the space's navigation (named after the space, e.g. "Espace recruteur"). */
export async function loginInBrowser(page, email, password, spaceNav) {
  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('navigation', { name: spaceNav }).waitFor();
}

/** Resolves with the response of the next `method` request whose path ends with `pathEnd` (query string ignored). */
export function nextResponse(page, method, pathEnd) {
  return page.waitForResponse((res) => {
    const url = new URL(res.url());
    const end = typeof pathEnd === 'string' ? url.pathname.endsWith(pathEnd) : pathEnd.test(url.pathname);
    return res.request().method() === method && end;
  });
}

export const pathOf = (page) => new URL(page.url()).pathname;
