/** The admin space's calls and query keys, through the one API client. */
import type {
  AdminCompanyUpdate, AuditLogItem, AuditLogQuery, CompanyView, ImportJobView, KpiDocument, KpiGroupBy,
} from '@talents/shared';
import { apiRequest, api } from '../lib/api-client';
import { downloadFile, uploadWithProgress, type UploadOptions } from '../lib/transfer';

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
  audit: (query: AuditLogQuery) => ['admin', 'audit-log', query] as const,
  imports: (page: number) => ['admin', 'imports', 'list', page] as const,
  allImports: ['admin', 'imports', 'list'] as const,
  importJob: (id: string) => ['admin', 'imports', 'job', id] as const,
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
  auditLog: (query: AuditLogQuery) => api.get<Paged<AuditLogItem>>('/admin/audit-log', { query: { ...query } }),
  imports: (page: number) => api.get<Paged<ImportJobView>>('/admin/imports', { query: { page, pageSize: 10 } }),
  importJob: (id: string) => api.get<ImportJobView>(`/admin/imports/${id}`),
  /** Multipart `file`; resolves to the job (PENDING) as soon as the file is stored — the worker does the rest. */
  uploadImport: (file: File, options: UploadOptions) => {
    const body = new FormData();
    body.append('file', file);
    return uploadWithProgress<ImportJobView>('/admin/imports/candidates', body, options);
  },
  importTemplate: () => downloadFile('/admin/imports/template.csv', 'modele-import-candidats.csv'),
  /**
   * The queue dashboard is served by the API outside the SPA: this call trades the bearer token for a
   * short-lived cookie scoped to /api/admin/queues, so a plain new tab can open it.
   */
  openQueuesSession: () => api.post<unknown>('/admin/queues/session'),
};
