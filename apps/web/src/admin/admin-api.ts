/** The admin space's calls and query keys, through the one API client. */
import type { AdminCompanyUpdate, CompanyView, KpiDocument, KpiGroupBy } from '@talents/shared';
import { apiRequest, api } from '../lib/api-client';

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type AdminCompanyItem = CompanyView & { memberCount: number; publishedOfferCount: number };

export interface KpiParams {
  from?: string;
  to?: string;
  groupBy: KpiGroupBy;
}

export type CompanyFilter = 'pending' | 'verified' | 'suspended' | 'all';

const filterQuery: Record<CompanyFilter, Record<string, string>> = {
  pending: { verified: 'false', suspended: 'false' },
  verified: { verified: 'true' },
  suspended: { suspended: 'true' },
  all: {},
};

export const adminKeys = {
  kpis: (params: KpiParams) => ['admin', 'kpis', params] as const,
  companies: (filter: CompanyFilter, q: string, page: number) => ['admin', 'companies', filter, q, page] as const,
  allCompanies: ['admin', 'companies'] as const,
  audit: ['admin', 'audit-log'] as const,
};

export const adminApi = {
  kpis: (params: KpiParams) => api.get<KpiDocument>('/admin/kpis', { query: { ...params } }),
  /**
   * The CSV needs the bearer token, so a plain link would not do: fetch it as text through the client and
   * hand the browser a Blob to save.
   */
  kpisCsv: async (params: KpiParams): Promise<Blob> => {
    const text = await apiRequest<string>('/admin/kpis/export.csv', { query: { ...params } });
    return new Blob([text], { type: 'text/csv;charset=utf-8' });
  },
  companies: (filter: CompanyFilter, q: string, page: number) =>
    api.get<Paged<AdminCompanyItem>>('/admin/companies', { query: { ...filterQuery[filter], q: q.trim() || undefined, page, pageSize: 20 } }),
  updateCompany: (id: string, body: AdminCompanyUpdate) => api.patch<CompanyView>(`/admin/companies/${id}`, body),
  auditLog: () => api.get<Paged<Record<string, unknown>>>('/admin/audit-log', { query: { pageSize: 50 } }),
};
