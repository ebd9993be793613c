/** The caller's data-subject rights (GET /me/export, DELETE /me), for every role. */
import type { DeleteAccountRequest } from '@talents/shared';
import { apiRequest } from '../lib/api-client';
import { downloadFile } from '../lib/transfer';

export const EXPORT_FILE_NAME = 'banque-des-talents-export.json';

export const accountApi = {
  exportAll: () => downloadFile('/me/export', EXPORT_FILE_NAME),
  /** 204; the account, its sessions and its refresh tokens are gone afterwards. */
  deleteAccount: (body: DeleteAccountRequest) => apiRequest<void>('/me', { method: 'DELETE', body }),
};
