/// <reference types="vitest/config" />
/**
 * Vite (dev server, build, preview) and vitest configuration of the SPA.
 * `/api` is proxied to the NestJS API so the browser sees one origin: the refresh cookie stays first-party
 * and no CORS is needed in development or in `vite preview`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
// The SPA's security headers, one list for `vite preview` and docker/nginx.conf (e2e/journeys/security checks both).
import securityHeaders from './security-headers.json';

const DEFAULT_API_ORIGIN = 'http://127.0.0.1:3000';

export default defineConfig(({ mode }) => {
  // loadEnv also picks VITE_* variables from the process environment, so `VITE_API_PROXY=… pnpm dev` works.
  const env = loadEnv(mode, fileURLToPath(new URL('.', import.meta.url)), 'VITE_');
  const proxy: Record<string, ProxyOptions> = {
    '/api': { target: env.VITE_API_PROXY || DEFAULT_API_ORIGIN, changeOrigin: false },
  };
  return {
    plugins: [react()],
    resolve: {
      // Use the contract's TypeScript source directly: no build of packages/shared needed.
      alias: { '@talents/shared': fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url)) },
    },
    server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
    // Not on the dev server: its hot reload injects inline scripts that this CSP forbids.
    preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy, headers: securityHeaders },
    build: {
      target: 'es2022',
      sourcemap: true,
      rollupOptions: {
        output: {
          // zod and the shared contract load together with the first form page; name the chunk for what it is.
          manualChunks: (id) => (id.includes('/zod/') || id.includes('/packages/shared/') ? 'contract' : undefined),
        },
        onwarn(warning, warn) {
          // zod ships explanatory comments next to its @__PURE__ marks; Rollup drops them noisily but harmlessly.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.spec.{ts,tsx}'],
      restoreMocks: true,
      unstubGlobals: true,
      // Form tests type character by character through user-event; on a loaded 2-core machine 5 s was too tight.
      testTimeout: 20_000,
    },
  };
});
