import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { skillSlug } from '../skill-slug';
import { basinWeights, latestPostings, UNKNOWN_BASIN_WEIGHT } from './basin-weights';
import { snakeCase } from './bulk-insert';
import { buildCandidates } from './candidates';
import { isValidSiren as luhnValid, withSirenKey as sirenWithLuhn } from '@talents/shared';
import { DAY_MS, type SeedContext } from './context';
import { Prng } from './prng';
import { skillRows } from './reference-data';

describe('Prng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: string) => { const rng = new Prng(seed); return Array.from({ length: 5 }, () => rng.next()); };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('keeps integers within their bounds', () => {
    const rng = new Prng('bounds');
    const values = Array.from({ length: 1000 }, () => rng.int(3, 5));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
  });

  it('makes version-7 uuids that start with the given instant', () => {
    const id = new Prng('uuid').uuidV7(Date.UTC(2026, 0, 1));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 0, 1));
  });
});

describe('basin weights', () => {
  it('uses the latest year with a posting count', () => {
    expect(latestPostings({ 2020: 50, 2021: 30, 2022: null })).toBe(30);
    expect(latestPostings({ 2020: 4110, 2021: 2910, 2022: 5940 })).toBe(5940);
    expect(latestPostings(null)).toBeNull();
  });

  it('weights the study basins, with a small weight where the study has no figure', () => {
    const weights = basinWeights();
    expect(weights.LILLE).toBe(5940);
    expect(weights.BEAUVAIS).toBe(30);
    expect(weights.ARRAS).toBe(UNKNOWN_BASIN_WEIGHT);
    expect(Object.keys(weights)).toHaveLength(17);
  });
});

describe('SIREN', () => {
  it('completes eight digits with a valid Luhn key', () => {
    const rng = new Prng('siren');
    for (let i = 0; i < 50; i++) {
      const siren = sirenWithLuhn(String(rng.int(10_000_000, 99_999_999)));
      expect(siren).toMatch(/^\d{9}$/);
      expect(luhnValid(siren)).toBe(true);
      const wrong = `${siren.slice(0, 8)}${(Number(siren[8]) + 1) % 10}`;
      expect(luhnValid(wrong)).toBe(false);
    }
  });
});

describe('skill slugs', () => {
  it('collapse case, accents and punctuation but keep meaningful symbols', () => {
    expect(skillSlug('Sécurité réseau')).toBe('securite-reseau');
    expect(skillSlug('  SÉCURITÉ-RÉSEAU ')).toBe('securite-reseau');
    expect(skillSlug('C#')).toBe('csharp');
    expect(skillSlug('C++')).toBe('cplusplus');
    expect(skillSlug('Node.js')).toBe('node-js');
  });

  it('are unique across the seeded vocabulary', () => {
    const slugs = skillRows().map((row) => row.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('schema naming convention used by the bulk writer', () => {
  it('maps every field to the snake_case of its name', () => {
    const schema = readFileSync(join(__dirname, '../../../../prisma/schema.prisma'), 'utf8');
    const mapped = [...schema.matchAll(/^\s+(\w+)\s+[^\n]*@map\("(\w+)"\)/gm)];
    expect(mapped.length).toBeGreaterThan(50);
    for (const [, field, column] of mapped) expect([field, snakeCase(field)]).toEqual([field, column]);
  });
});

describe('generated candidates', () => {
  const anchorMs = Date.UTC(2026, 5, 1);
  const ctx: SeedContext = {
    anchorMs,
    launchMs: anchorMs - 540 * DAY_MS,
    skillIds: new Map(skillRows().map((row, i) => [row.slug, `skill-${i}`])),
    basinWeights: basinWeights(),
    passwordHash: 'hash',
  };

  it('are the same for the same seed', () => {
    const a = buildCandidates(new Prng('c'), ctx, 0, 50, 50);
    const b = buildCandidates(new Prng('c'), ctx, 0, 50, 50);
    expect(a).toEqual(b);
  });

  it('are registered in order, in the past, with unique e-mails and about 30 % women', () => {
    const rows = buildCandidates(new Prng('share'), ctx, 0, 2000, 2000);
    const times = rows.metas.map((m) => m.createdAtMs);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(Math.max(...times)).toBeLessThan(anchorMs);
    expect(new Set(rows.users.map((u) => u.email)).size).toBe(2000);
    const women = rows.metas.filter((m) => m.gender === 'FEMALE').length / 2000;
    expect(women).toBeGreaterThan(0.25);
    expect(women).toBeLessThan(0.35);
  });
});
