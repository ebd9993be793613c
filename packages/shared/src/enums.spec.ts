import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASIN_CODES, CONTRACT_TYPES, CORE_ROLE_FAMILIES, REMOTE_POLICIES, TRACKS, TRAINING_ROUTES } from './enums';
import { reference } from './reference';

describe('enums follow the regional reference data', () => {
  it('has every basin code of the study', () => {
    expect([...BASIN_CODES].sort()).toEqual(reference.basins.basins.map((b) => b.code).sort());
  });
  it('has the tracks, contract types, remote policies and training routes of the study', () => {
    expect(TRACKS).toEqual(reference.tracks.tracks.map((t) => t.code));
    expect(CONTRACT_TYPES).toEqual(reference.tracks.contractTypes);
    expect(REMOTE_POLICIES).toEqual(reference.tracks.remotePolicies);
    expect(TRAINING_ROUTES).toEqual(reference.tracks.trainingRoutes);
  });
  it('seeds the three professions in tension', () => {
    expect(CORE_ROLE_FAMILIES).toEqual(reference.roles.roleFamilies.map((r) => r.code));
  });
});

describe('vendored reference files', () => {
  const original = join(__dirname, '..', '..', '..', '..', 'shared', 'reference');
  const files = ['basins', 'roles', 'tracks', 'naf-codes', 'organisations', 'kpis'];
  it('are identical to ../shared/reference when it is present', () => {
    if (!existsSync(original)) {
      console.warn(`../shared/reference not found at ${original}: only the vendored copy is checked`);
    }
    for (const name of files) {
      const vendored = readFileSync(join(__dirname, 'reference', `${name}.json`), 'utf8');
      expect(JSON.parse(vendored)).toBeTruthy();
      if (existsSync(original)) {
        expect(vendored).toBe(readFileSync(join(original, `${name}.json`), 'utf8'));
      }
    }
  });
});
