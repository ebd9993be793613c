/** Why offers stay drafts: the company is not verified yet, or is suspended (with the operator's reason). */
import { useTranslation } from 'react-i18next';
import type { CompanyView } from '@talents/shared';
import './i18n';

export function VerificationBanner({ company }: { company: Pick<CompanyView, 'verified' | 'suspended' | 'suspensionReason'> }) {
  const { t: tr } = useTranslation('recruiter');
  if (company.suspended) {
    return (
      <div className="banner banner--danger">
        <p><strong>{tr('verification.suspendedTitle')}</strong></p>
        <p>{tr('verification.suspendedText', { reason: company.suspensionReason ?? '—' })}</p>
      </div>
    );
  }
  if (!company.verified) {
    return (
      <div className="banner banner--warning">
        <p><strong>{tr('verification.pendingTitle')}</strong></p>
        <p>{tr('verification.pendingText')}</p>
      </div>
    );
  }
  return <p className="badge badge--success">{tr('verification.verified')}</p>;
}
