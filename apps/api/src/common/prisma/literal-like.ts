/**
 * Prisma's `contains` / `startsWith` become SQL LIKE without escaping its wildcards: a search for "%" or "_"
 * would match everything. This escapes them (and the escape character) so user text is matched literally.
 */
export function literalLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
