/**
 * Normalised key of a skill, so "Sécurité réseau", "securite reseau" and "SÉCURITÉ-RÉSEAU" are one row of
 * the skills table. Symbols that carry meaning in tech names are spelled out ("C#" → "csharp", "C++" →
 * "cplusplus") before punctuation collapses to dashes ("Node.js" → "node-js").
 */
export function skillSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/#/g, 'sharp')
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
