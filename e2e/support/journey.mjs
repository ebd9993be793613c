/**
 * One journey = one fresh browser context (no cookies or localStorage from another journey). On failure it
 * saves a screenshot and prints the servers' recent output, which is what one needs to understand a CI failure.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { config } from './config.mjs';

export async function withPage(browser, stack, name, fn) {
  const context = await browser.newContext({ baseURL: stack.webUrl, locale: 'fr-FR' });
  // Generous: a loaded CI machine can be slow; journeys wait for what the user would see, never a fixed delay.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  // An uncaught exception in the SPA fails the journey even if the screen happens to look right.
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err));
  try {
    await fn(page);
    if (pageErrors.length) {
      throw new Error(`uncaught error(s) in the page:\n${pageErrors.map((e) => e.stack ?? e.message).join('\n')}`);
    }
  } catch (err) {
    const file = join(config.artifactsDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
    await mkdir(config.artifactsDir, { recursive: true });
    const saved = await page.screenshot({ path: file, fullPage: true }).then(() => true, () => false);
    console.error(`\n✗ journey "${name}" failed at ${page.url()}${saved ? ` — screenshot: ${file}` : ''}`);
    console.error(stack.logs());
    throw err;
  } finally {
    await context.close();
  }
}

/** Resolves once `predicate` (run in the page) is true; uses Playwright's own polling, not a fixed delay. */
export async function waitInPage(page, predicate, arg) {
  await page.waitForFunction(predicate, arg);
}
