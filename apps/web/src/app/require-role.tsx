/**
 * Guards a space: anonymous visitors go to the login page (and come back after), a user of another role gets
 * a 403 message rather than a silent redirect, so they understand why.
 */
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '@talents/shared';
import { useAuth } from '../lib/auth';
import { usePageTitle } from '../ui/use-page-title';
import { paths, spaceOf } from './paths';

export interface LoginRedirectState {
  from?: string;
}

export function RequireRole({ role, children }: { role: UserRole; children: ReactNode }) {
  const { t } = useTranslation();
  const { status, user } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (status === 'anonymous' || !user) {
    const state: LoginRedirectState = { from: location.pathname + location.search };
    return <Navigate to={paths.login} replace state={state} />;
  }
  if (user.role !== role) return <Forbidden ownSpace={spaceOf(user.role)} />;
  return children;
}

function Forbidden({ ownSpace }: { ownSpace: string }) {
  const { t } = useTranslation();
  usePageTitle(t('space.forbiddenTitle'));
  return (
    <>
      <h1>{t('space.forbiddenTitle')}</h1>
      <p>{t('space.forbiddenText')}</p>
      <Link to={ownSpace}>{t('space.goToMySpace')}</Link>
    </>
  );
}
