/** The candidate's own endpoints, typed with the shared contract. Query keys: ./candidate-keys.ts. */
import type {
  AnswerContactRequest, ApplicationView, CandidateProfileInput, ContactRequestView, CvInfo, NotificationList,
  NotificationView, OwnerProfile, Paginated, RecommendationsResponse,
} from '@talents/shared';
import { api } from '../lib/api-client';
import { downloadFile, uploadWithProgress, type UploadOptions } from '../lib/transfer';

export const LIST_PAGE_SIZE = 20;
export const RECOMMENDATIONS_LIMIT = 20;

export const candidateApi = {
  profile: (signal?: AbortSignal) => api.get<OwnerProfile>('/candidates/me', { signal }),
  saveProfile: (body: CandidateProfileInput) => api.put<OwnerProfile>('/candidates/me', body),
  uploadCv: (file: File, options?: UploadOptions) => {
    const form = new FormData();
    form.append('file', file);
    return uploadWithProgress<CvInfo>('/candidates/me/cv', form, options);
  },
  downloadCv: (fileName: string) => downloadFile('/candidates/me/cv', fileName),
  jsonResume: () => api.get<unknown>('/candidates/me/json-resume'),
  recommendations: (signal?: AbortSignal) =>
    api.get<RecommendationsResponse>('/candidates/me/recommendations', { query: { limit: RECOMMENDATIONS_LIMIT }, signal }),

  applications: (page: number, signal?: AbortSignal) =>
    api.get<Paginated<ApplicationView>>('/applications', { query: { page, pageSize: LIST_PAGE_SIZE }, signal }),
  withdraw: (id: string) => api.patch<ApplicationView>(`/applications/${id}`, { status: 'WITHDRAWN' }),

  contactRequests: (page: number, signal?: AbortSignal) =>
    api.get<Paginated<ContactRequestView>>('/contact-requests', { query: { page, pageSize: LIST_PAGE_SIZE }, signal }),
  answerContactRequest: (id: string, status: AnswerContactRequest['status']) =>
    api.patch<ContactRequestView>(`/contact-requests/${id}`, { status }),

  notifications: (page: number, signal?: AbortSignal) =>
    api.get<NotificationList>('/notifications', { query: { page, pageSize: LIST_PAGE_SIZE }, signal }),
  markRead: (id: string) => api.post<NotificationView>(`/notifications/${id}/read`),
  markAllRead: () => api.post<{ updated: number }>('/notifications/read-all'),
};
