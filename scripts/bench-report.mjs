/**
 * Shared by the bench scripts: percentiles, a one-line description of the machine and the load it was under,
 * and the writer that replaces one `## <title>` section of docs/benchmarks.md (or appends it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function machine() {
  const [one] = loadavg();
  return `${cpus().length} CPU (${cpus()[0]?.model?.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ` +
    `PostgreSQL and Redis on the same host, load average ${one.toFixed(2)} at the end of the run, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function writeBenchSection(title, body) {
  const file = join(repoRoot, 'docs', 'benchmarks.md');
  const section = `## ${title}\n\n${body.trim()}\n`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured figures, each section written by its bench script.\n';
  const start = current.indexOf(`\n## ${title}\n`);
  const next = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
  const updated = start < 0
    ? `${current.trimEnd()}\n\n${section}`
    : `${current.slice(0, start + 1)}${section}${next < 0 ? '' : `\n${current.slice(next + 1)}`}`;
  writeFileSync(file, updated.endsWith('\n') ? updated : `${updated}\n`);
}
