/** Automated accessibility check of the page as it is now (WCAG 2.1 A/AA rules of axe-core). */
import { AxeBuilder } from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** Fails on any serious or critical violation, listing each rule with the offending elements. */
export async function checkA11y(page, label) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact));
  if (!blocking.length) return results;
  const lines = blocking.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `    • ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
      .join('\n');
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
    return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
  });
  throw new Error(`Accessibility — ${label} (${page.url()}): ${blocking.length} serious/critical violation(s)\n${lines.join('\n')}`);
}
