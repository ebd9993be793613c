/**
 * File transfers that `apiRequest` cannot do: an upload with progress events (fetch has none for request
 * bodies, XMLHttpRequest does) and a download of a protected binary (a plain link would not carry the
 * in-memory bearer token). Same rules as the API client: Accept-Language, bearer, refresh cookie, and one
 * silent refresh + retry on 401.
 */
import type { ErrorBody } from '@talents/shared';
import { currentLocale } from '../i18n';
import { API_BASE, refreshSession } from './api-client';
import { ApiError } from './api-error';
import { tokenStore } from './token-store';

export interface UploadOptions {
  /** Called with a fraction between 0 and 1 as the body is sent. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

function xhrOnce(path: string, body: FormData, options: UploadOptions): Promise<XMLHttpRequest> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLocale());
    const token = tokenStore.accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(ApiError.network(new Error('upload failed')));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** POSTs multipart data and resolves to the JSON answer; throws ApiError like the API client. */
export async function uploadWithProgress<T>(path: string, body: FormData, options: UploadOptions = {}): Promise<T> {
  let xhr = await xhrOnce(path, body, options);
  if (xhr.status === 401 && (await refreshSession())) {
    options.onProgress?.(0);
    xhr = await xhrOnce(path, body, options);
  }
  const parsed = parseJson(xhr.responseText);
  if (xhr.status >= 200 && xhr.status < 300) return parsed as T;
  const error = parsed as Partial<ErrorBody> | null;
  if (error && typeof error.statusCode === 'number' && typeof error.message === 'string') {
    throw new ApiError(error as ErrorBody);
  }
  throw new ApiError({ statusCode: xhr.status, error: xhr.statusText, message: '' });
}

async function fetchOnce(path: string): Promise<Response> {
  const headers = new Headers({ 'Accept-Language': currentLocale() });
  const token = tokenStore.accessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(`${API_BASE}${path}`, { headers, credentials: 'include' });
  } catch (cause) {
    throw ApiError.network(cause);
  }
}

/** Fetches a protected file and hands it to the browser as a download under `fileName`. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  let response = await fetchOnce(path);
  if (response.status === 401 && (await refreshSession())) response = await fetchOnce(path);
  if (!response.ok) throw await ApiError.fromResponse(response);
  saveBlob(await response.blob(), fileName);
}

/** Offers a blob (or generated text) as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
