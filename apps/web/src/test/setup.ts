/** Vitest set-up: jest-dom matchers, French UI, a clean DOM and session between tests. */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { i18n } from '../i18n';
import { tokenStore } from '../lib/token-store';

beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

afterEach(() => {
  // Explicit because vitest globals are off, so Testing Library cannot register its own cleanup.
  cleanup();
  tokenStore.set(null);
  window.localStorage.clear();
});
