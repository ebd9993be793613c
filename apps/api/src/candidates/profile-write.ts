/**
 * What the repository writes when a profile is replaced: the validated PUT body, or a JSON Resume merge (which
 * may still lack required fields for a brand-new profile, hence the looser types than CandidateProfileInput).
 */
import type { ContractType, Gender, LanguageLevel, LinkKind, RemotePolicy, Track, TrainingRoute, Visibility } from '@talents/shared';

export interface ProfileWrite {
  firstName: string;
  lastName: string;
  phone: string | null;
  headline: string | null;
  bio: string | null;
  roleFamilies: string[];
  skills: { name: string; level: number }[];
  yearsOfExperience: number;
  track: Track | null;
  trainings: { organisation: string; programme: string | null; route: TrainingRoute; year: number | null }[];
  basinCode: string | null;
  town: string | null;
  lat: number | null;
  lon: number | null;
  mobilityRadiusKm: number | null;
  remotePreference: RemotePolicy | null;
  contractTypes: ContractType[];
  /** YYYY-MM-DD */
  availableFrom: string | null;
  languages: { code: string; level: LanguageLevel }[];
  links: { kind: LinkKind; url: string }[];
  salaryMin: number | null;
  salaryMax: number | null;
  gender: Gender | null;
  visibility: Visibility;
}
