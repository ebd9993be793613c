/**
 * Reference data from the regional study (vendored from ../shared/reference; reference.spec.ts checks the copy
 * is identical when the original is present). Enums below are derived from it, so a change in the study data
 * is a change in one place.
 */
import basinsJson from './reference/basins.json';
import rolesJson from './reference/roles.json';
import tracksJson from './reference/tracks.json';
import nafJson from './reference/naf-codes.json';
import organisationsJson from './reference/organisations.json';
import kpisJson from './reference/kpis.json';

export const reference = {
  basins: basinsJson,
  roles: rolesJson,
  tracks: tracksJson,
  naf: nafJson,
  organisations: organisationsJson,
  kpis: kpisJson,
} as const;

export type BasinInfo = (typeof basinsJson.basins)[number];
export type RoleFamilyInfo = (typeof rolesJson.roleFamilies)[number];
