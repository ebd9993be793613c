/** Turns any thrown value into a sentence for the user. The API's message is already in the UI language. */
import type { TFunction } from 'i18next';
import { ApiError } from '../lib/api-error';

export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (error.message) return error.message;
  }
  return t('errors.generic');
}
