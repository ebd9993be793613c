import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('message files', () => {
  it('have the same keys in French and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const file of [fr, en]) {
      expect(JSON.stringify(file)).not.toMatch(/:\s*""/);
    }
  });
});
