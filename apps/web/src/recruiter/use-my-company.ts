/** The recruiter's company: the first of the session's memberships (one company per recruiter in practice). */
import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../lib/auth';
import { keys, recruiterApi } from './recruiter-api';

export function useMyCompanyId(): string | null {
  const { user } = useAuth();
  return user?.companyIds[0] ?? null;
}

export function useMyCompany() {
  const companyId = useMyCompanyId();
  const query = useQuery({
    queryKey: keys.company(companyId ?? 'none'),
    queryFn: () => recruiterApi.company(companyId as string),
    enabled: companyId !== null,
  });
  return { companyId, ...query };
}
