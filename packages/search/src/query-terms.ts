/**
 * Splits a free-text query into term groups for the PostgreSQL engine: each group is one word (or a known
 * multi-word phrase) of the query plus its synonyms, and a document must match every group. Everything that
 * is not a letter, digit, "+" or "#" separates words, so quotes, operators and SQL metacharacters typed by a
 * user never reach a parser: they only split words.
 */
import { MAX_SYNONYM_WORDS, normaliseTerm, synonymsOf } from './synonyms';

export const MAX_QUERY_TERMS = 8;
const MAX_QUERY_CHARS = 200;

export function queryTermGroups(q: string | undefined): string[][] {
  const words = normaliseTerm((q ?? '').slice(0, MAX_QUERY_CHARS)).split(' ').filter(Boolean);
  const groups: string[][] = [];
  let i = 0;
  while (i < words.length && groups.length < MAX_QUERY_TERMS) {
    let matched = 1;
    let alternatives: readonly string[] = [];
    // Longest known phrase first: "business developer" rather than "business" then "developer".
    for (let n = Math.min(MAX_SYNONYM_WORDS, words.length - i); n >= 1; n--) {
      const found = synonymsOf(words.slice(i, i + n).join(' '));
      if (found.length > 0) {
        matched = n;
        alternatives = found;
        break;
      }
    }
    const term = words.slice(i, i + matched).join(' ');
    groups.push([term, ...alternatives]);
    i += matched;
  }
  return groups;
}
