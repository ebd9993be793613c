/**
 * Reads the one `file` part of a multipart request into memory, bounded by `maxBytes` (@fastify/multipart
 * stops reading there and marks the part truncated). The name and the declared type are whatever the client
 * says: callers check the bytes themselves (PDF magic, CSV text).
 */
import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, AppErrorCode } from '../errors/app-error';

export interface FileUpload {
  data: Buffer;
  /** As sent by the client; clean it before display (see safeFileName). */
  rawFileName: string | undefined;
}

export interface FileUploadOptions {
  maxBytes: number;
  /** Message key of the 400 detail when the part is missing or empty. */
  missingMessage: string;
  /** Message key of the 413 detail, if the caller has one. */
  tooLargeMessage?: string;
}

export async function readFileUpload(request: FastifyRequest, opts: FileUploadOptions): Promise<FileUpload> {
  const missing = () => new AppError(AppErrorCode.VALIDATION_FAILED, [{ field: 'file', message: opts.missingMessage }]);
  const tooLarge = () => new AppError(AppErrorCode.PAYLOAD_TOO_LARGE, opts.tooLargeMessage ? [{ field: 'file', message: opts.tooLargeMessage }] : undefined);
  let part;
  try {
    part = await request.file({ limits: { fileSize: opts.maxBytes } });
  } catch (err) {
    throw uploadError(err, missing, tooLarge);
  }
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw missing();
  }
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (err) {
    throw uploadError(err, missing, tooLarge);
  }
  if (part.file.truncated) throw tooLarge();
  if (data.length === 0) throw missing();
  return { data, rawFileName: part.filename };
}

/** @fastify/multipart errors carry a status: 413 over the size limit, 406 when the body is not multipart. */
function uploadError(err: unknown, missing: () => AppError, tooLarge: () => AppError): unknown {
  const status = (err as { statusCode?: number } | null)?.statusCode;
  if (status === 413) return tooLarge();
  if (status === 406) return new AppError(AppErrorCode.UNSUPPORTED_MEDIA_TYPE);
  // busboy's own parse errors ("Multipart: Boundary not found", "Unexpected end of multipart data") carry no
  // status, yet they are the client's malformed body, not a server failure.
  const malformed = err instanceof Error && /multipart|boundary/i.test(err.message);
  if (malformed || (typeof status === 'number' && status >= 400 && status < 500)) return missing();
  return err;
}

/** Kept for display and the download name only: no path, no control characters, bounded length. */
export function safeFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return clean || fallback;
}
