/**
 * The recruiter space's calls and query keys, all through the one API client. Keys start with 'recruiter'
 * so a logout's queryClient.clear() and targeted invalidations stay simple.
 */
import type {
  ApplicationView, CloseReason, CompanyMemberView, CompanyView, ContactRequestView, CreateCompanyRequest,
  CreateContactRequest, CreateOfferRequest, InvitationView, OfferStatus, OfferView, TalentsPage, UpdateApplicationRequest,
  UpdateCompanyRequest, UpdateOfferRequest, ViewerProfile,
  MatchesResponse,
} from '@talents/shared';
import { api } from '../lib/api-client';

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const keys = {
  company: (id: string) => ['recruiter', 'company', id] as const,
  members: (id: string) => ['recruiter', 'company', id, 'members'] as const,
  offers: (companyId: string, status?: OfferStatus) => ['recruiter', 'offers', companyId, status ?? 'ALL'] as const,
  allOffers: ['recruiter', 'offers'] as const,
  offer: (id: string) => ['recruiter', 'offer', id] as const,
  applications: (offerId: string) => ['recruiter', 'applications', offerId] as const,
  talents: (query: Record<string, unknown>) => ['recruiter', 'talents', query] as const,
  candidate: (id: string) => ['recruiter', 'candidate', id] as const,
  matches: (offerId: string) => ['recruiter', 'matches', offerId] as const,
};

export const recruiterApi = {
  company: (id: string) => api.get<CompanyView>(`/companies/${id}`),
  createCompany: (body: CreateCompanyRequest) => api.post<CompanyView>('/companies', body),
  updateCompany: (id: string, body: UpdateCompanyRequest) => api.patch<CompanyView>(`/companies/${id}`, body),
  members: (id: string) => api.get<Paged<CompanyMemberView>>(`/companies/${id}/members`, { query: { pageSize: 100 } }),
  invite: (id: string, email: string) =>
    api.post<{ invitation: InvitationView }>(`/companies/${id}/invitations`, { email }),
  acceptInvitation: (token: string) => api.post<{ company: CompanyView }>('/invitations/accept', { token }),

  offers: (companyId: string, status?: OfferStatus) =>
    api.get<Paged<OfferView>>(`/companies/${companyId}/offers`, { query: { status, pageSize: 100 } }),
  /** The public route answers members for drafts too (the offers service checks membership). */
  offer: (id: string) => api.get<OfferView>(`/offers/${id}`),
  createOffer: (body: CreateOfferRequest) => api.post<OfferView>('/offers', body),
  updateOffer: (id: string, body: UpdateOfferRequest) => api.patch<OfferView>(`/offers/${id}`, body),
  publishOffer: (id: string) => api.post<OfferView>(`/offers/${id}/publish`),
  closeOffer: (id: string, reason: CloseReason) => api.post<OfferView>(`/offers/${id}/close`, { reason }),

  applications: (offerId: string) =>
    api.get<Paged<ApplicationView>>('/applications', { query: { offerId, pageSize: 100 } }),
  moveApplication: (id: string, body: UpdateApplicationRequest) => api.patch<ApplicationView>(`/applications/${id}`, body),

  talents: (query: Record<string, string | number | string[] | undefined>) =>
    api.get<TalentsPage>('/talents', { query }),
  candidate: (id: string) => api.get<ViewerProfile>(`/candidates/${id}`),
  contact: (candidateId: string, body: CreateContactRequest) =>
    api.post<ContactRequestView>(`/talents/${candidateId}/contact-requests`, body),
  matches: (offerId: string) => api.get<MatchesResponse>(`/offers/${offerId}/matches`),
};

