/** What every section of the profile editor receives. */
import type { ProfileErrors, ProfileForm } from './profile-form-state';

export interface SectionProps {
  form: ProfileForm;
  set<K extends keyof ProfileForm>(key: K, value: ProfileForm[K]): void;
  errors: ProfileErrors;
}

/** Replaces one row of a list field. */
export function updateRow<T>(rows: T[], index: number, patch: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

export const LEVELS = ['1', '2', '3', '4', '5'] as const;
