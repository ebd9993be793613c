/**
 * The one synonyms list of both engines: PostgreSQL expands the query with it (query-terms.ts), Meilisearch
 * receives it as its `synonyms` setting (both directions). Each group lists interchangeable spellings, written
 * lower-case without accents (both engines compare unaccented text). Extend by adding groups.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['js', 'javascript'],
  ['ts', 'typescript'],
  ['k8s', 'kubernetes'],
  ['devops', 'sre'],
  ['secu', 'securite', 'cybersecurite', 'security'],
  ['dev', 'developpeur', 'developpeuse', 'developer', 'developpement'],
  ['commercial', 'commerciale', 'business developer', 'sales', 'biz dev'],
  ['node', 'nodejs', 'node js'],
  ['react', 'reactjs'],
  ['postgres', 'postgresql'],
  ['py', 'python'],
  ['ml', 'machine learning'],
  ['ia', 'ai', 'intelligence artificielle'],
  ['fullstack', 'full stack'],
  ['frontend', 'front end'],
  ['backend', 'back end'],
  ['pentest', 'test d intrusion', 'pentesting'],
  ['alternance', 'apprentissage', 'alternant'],
];

/** Lower-case, accents stripped, punctuation as single spaces: the form synonyms are looked up in. */
export function normaliseTerm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}

const BY_TERM: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const group of SYNONYM_GROUPS) {
    for (const term of group) {
      const key = normaliseTerm(term);
      const others = group.map(normaliseTerm).filter((t) => t !== key);
      map.set(key, [...new Set([...(map.get(key) ?? []), ...others])]);
    }
  }
  return map;
})();

/** The other spellings of a term (empty when it has none). */
export function synonymsOf(term: string): readonly string[] {
  return BY_TERM.get(normaliseTerm(term)) ?? [];
}

/** Longest phrase (in words) present in the list, so "business developer" is looked up as one term. */
export const MAX_SYNONYM_WORDS = Math.max(...SYNONYM_GROUPS.flat().map((t) => normaliseTerm(t).split(' ').length));

/** Meilisearch's `synonyms` setting: every term mapped to all the others of its group (both directions). */
export function meiliSynonyms(): Record<string, string[]> {
  return Object.fromEntries([...BY_TERM.entries()].map(([term, others]) => [term, [...others]]));
}
