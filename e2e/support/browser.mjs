/** Debian's Chromium driven by playwright-core (Playwright's own browser downloads are not reachable here). */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { config } from './config.mjs';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium, or fails with a message that says what to install (CI installs it: never skip). */
export async function launchBrowser() {
  if (!existsSync(config.chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${config.chromiumPath}. The browser journeys need it: ` +
        'install it with `apt-get install chromium` (or point E2E_CHROMIUM_PATH at a Chromium binary). ' +
        'Browser downloads by Playwright are not reachable from this network: use the Debian package.',
    );
  }
  return chromium.launch({ executablePath: config.chromiumPath, args: ARGS });
}
