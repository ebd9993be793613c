/**
 * Reads the one `file` part of a multipart request into memory (≤ 5 MB, the limit app.factory.ts gives
 * @fastify/multipart) and accepts it only if its bytes start like a PDF: the name and the declared type are
 * whatever the client says, the magic bytes are what the file is; pdf-structure.ts then refuses junk and bombs.
 */
import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { pdfDefect } from './pdf-structure';

const PDF_MAGIC = Buffer.from('%PDF-', 'ascii');

export interface PdfUpload {
  data: Buffer;
  fileName: string;
}

export async function readPdfUpload(request: FastifyRequest): Promise<PdfUpload> {
  let part;
  try {
    part = await request.file();
  } catch (err) {
    throw uploadError(err);
  }
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw new AppError(AppErrorCode.VALIDATION_FAILED, [{ field: 'file', message: 'candidate.fileRequired' }]);
  }
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (err) {
    throw uploadError(err);
  }
  if (part.file.truncated) throw new AppError(AppErrorCode.PAYLOAD_TOO_LARGE);
  if (data.length === 0) throw new AppError(AppErrorCode.VALIDATION_FAILED, [{ field: 'file', message: 'candidate.fileRequired' }]);
  if (!data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) throw new AppError(AppErrorCode.UNSUPPORTED_MEDIA_TYPE);
  if (pdfDefect(data)) throw new AppError(AppErrorCode.UNSUPPORTED_MEDIA_TYPE);
  return { data, fileName: safeFileName(part.filename) };
}

/** @fastify/multipart errors carry a status: 413 over the size limit, 406 when the body is not multipart. */
function uploadError(err: unknown): unknown {
  const status = (err as { statusCode?: number } | null)?.statusCode;
  if (status === 413) return new AppError(AppErrorCode.PAYLOAD_TOO_LARGE);
  if (status === 406) return new AppError(AppErrorCode.UNSUPPORTED_MEDIA_TYPE);
  // busboy's own parse errors ("Multipart: Boundary not found", "Unexpected end of multipart data") carry no
  // status, yet they are the client's malformed body, not a server failure.
  const malformed = err instanceof Error && /multipart|boundary/i.test(err.message);
  if (malformed || (typeof status === 'number' && status >= 400 && status < 500)) {
    return new AppError(AppErrorCode.VALIDATION_FAILED, [{ field: 'file', message: 'candidate.fileRequired' }]);
  }
  return err;
}

/** Kept for display and the download name only: no path, no control characters, bounded length. */
export function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return clean || 'cv.pdf';
}

/** RFC 6266 header with an ASCII fallback and the UTF-8 name (accents are common in French file names). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/[\\"%;]/g, '_') || 'cv.pdf';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
