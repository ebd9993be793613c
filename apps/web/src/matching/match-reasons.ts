/**
 * Words a match's structured reasons (packages/shared matching.ts) as sentences in the UI language, for the
 * recruiter reading about a candidate ("Vise ce métier.") or for the candidate reading about an offer
 * ("C’est un métier que vous visez."). Same facts, two points of view.
 */
import './matching-i18n';
import type { TFunction } from 'i18next';
import type { MatchReason } from '@talents/shared';

export type ReasonAudience = 'recruiter' | 'candidate';

export function describeReason(reason: MatchReason, t: TFunction<'matching'>, audience: ReasonAudience): string {
  const p = audience;
  const list = (names: string[]) => (names.length ? names.join(', ') : t('none'));
  switch (reason.kind) {
    case 'skills':
      return t(`${p}.skills`, {
        matched: list(reason.matched),
        belowPart: reason.belowLevel.length ? t(`${p}.skillsBelow`, { names: reason.belowLevel.map((g) => g.name).join(', ') }) : '',
        missingPart: reason.missing.length ? t(`${p}.skillsMissing`, { names: reason.missing.join(', ') }) : '',
      });
    case 'niceToHave':
      return t(`${p}.niceToHave`, { count: reason.matched.length, total: reason.matched.length + reason.missing.length });
    case 'roleFamily':
      return t(reason.match === null ? `${p}.roleFamilyUnknown` : reason.match ? `${p}.roleFamilyYes` : `${p}.roleFamilyNo`);
    case 'distance':
      return reason.km === null ? t(`${p}.distanceUnknown`) : t(`${p}.distanceKm`, { km: Math.round(reason.km), radius: reason.radiusKm });
    case 'contract':
      return t(`${p}.contract${reason.fit}`);
    case 'availability':
      return reason.daysLate > 0 ? t(`${p}.availabilityLate`, { days: reason.daysLate }) : t(`${p}.availabilityOnTime`);
    case 'experience':
      return t(`${p}.experience${reason.fit}`, { years: reason.years });
  }
}
