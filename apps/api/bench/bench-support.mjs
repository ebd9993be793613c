/** Helpers shared by the bench scripts: one-shot SQL on a scratch database, percentiles, report sections. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

export async function sql(url, text, params = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Nearest-rank percentile (p in [0, 1]). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

export const ms = (x) => `${x.toFixed(1)} ms`;

/** Replaces (or appends) the `## <title>` section of a Markdown file, keeping the other sections. */
export function writeSection(file, title, section) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured figures, each section written by its bench script.\n';
  const start = current.indexOf(`## ${title}`);
  const next = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const updated = start < 0 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start)}${section.trimEnd()}\n\n${next < 0 ? '' : current.slice(next + 1)}`;
  writeFileSync(file, `${updated.trimEnd()}\n`);
}
