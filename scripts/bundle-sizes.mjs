#!/usr/bin/env node
// Reports the gzipped weight of the SPA's initial load (what index.html pulls) and of each lazy chunk, from
// apps/web/dist (run `pnpm build` first), and rewrites the "Web bundle" section of docs/benchmarks.md.
// Budget (issue: web app): initial JavaScript of the public pages ≤ 150 KB gzipped. Exits 1 when over.
// `--check` only checks the budget and writes nothing (used by npm test).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'apps', 'web', 'dist');
const BUDGET_KB = 150;
if (!existsSync(join(dist, 'index.html'))) {
  console.error('apps/web/dist is missing: run `pnpm build` first');
  process.exit(2);
}
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const size = (file) => {
  const data = readFileSync(join(dist, file));
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const initialJs = initial.filter((f) => f.endsWith('.js')).map((f) => ({ file: f, ...size(f) }));
const initialCss = initial.filter((f) => f.endsWith('.css')).map((f) => ({ file: f, ...size(f) }));
const jsGzip = initialJs.reduce((sum, f) => sum + f.gzip, 0);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`))
  .map((f) => ({ file: `assets/${f}`, ...size(`assets/${f}`) }))
  .sort((a, b) => b.gzip - a.gzip);

const rows = (list) => list.map((f) => `| \`${f.file.replace(/-[A-Za-z0-9_-]{8}\./, '.')}\` | ${kb(f.raw)} | ${kb(f.gzip)} |`).join('\n');
const section = `## Web bundle

Measured by \`node scripts/bundle-sizes.mjs\` on ${new Date().toISOString().slice(0, 10)} from \`apps/web/dist\` (gzip level 9).
Initial JavaScript of the public pages: **${kb(jsGzip)} KB gzipped** (budget ${BUDGET_KB} KB); initial CSS
${kb(initialCss.reduce((s, f) => s + f.gzip, 0))} KB gzipped. Every space and form page is a lazy chunk.

| initial file | raw KB | gzip KB |
|---|---|---|
${rows([...initialJs, ...initialCss])}

| lazy chunk (largest first) | raw KB | gzip KB |
|---|---|---|
${rows(lazy.slice(0, 15))}
`;
const docPath = join(root, 'docs', 'benchmarks.md');
const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n';
const start = doc.indexOf('## Web bundle');
const next = start === -1 ? -1 : doc.indexOf('\n## ', start + 1);
const updated = start === -1 ? `${doc.trimEnd()}\n\n${section}` : `${doc.slice(0, start)}${section}${next === -1 ? '' : doc.slice(next + 1)}`;
const checkOnly = process.argv.includes('--check');
if (!checkOnly) writeFileSync(docPath, updated);
console.log(`initial JS ${kb(jsGzip)} KB gzipped (budget ${BUDGET_KB} KB); ${lazy.length} lazy chunks${checkOnly ? '' : '; docs/benchmarks.md updated'}`);
process.exit(kb(jsGzip) > BUDGET_KB ? 1 : 0);
