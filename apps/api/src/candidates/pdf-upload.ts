/**
 * Reads the one `file` part of a multipart request into memory (≤ 5 MB, the limit app.factory.ts gives
 * @fastify/multipart) and accepts it only if its bytes start like a PDF: the name and the declared type are
 * whatever the client says, the magic bytes are what the file is; pdf-structure.ts then refuses junk and bombs.
 */
import type { FastifyRequest } from 'fastify';
import { AppError, AppErrorCode } from '../common/errors/app-error';
import { readFileUpload, safeFileName as cleanFileName } from '../common/http/file-upload';
import { pdfDefect } from './pdf-structure';

/** The same 5 MB as the global multipart limit of app.factory.ts. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const PDF_MAGIC = Buffer.from('%PDF-', 'ascii');

export interface PdfUpload {
  data: Buffer;
  fileName: string;
}

export async function readPdfUpload(request: FastifyRequest): Promise<PdfUpload> {
  const { data, rawFileName } = await readFileUpload(request, { maxBytes: MAX_UPLOAD_BYTES, missingMessage: 'candidate.fileRequired' });
  if (!data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) throw new AppError(AppErrorCode.UNSUPPORTED_MEDIA_TYPE);
  if (pdfDefect(data)) throw new AppError(AppErrorCode.UNSUPPORTED_MEDIA_TYPE);
  return { data, fileName: safeFileName(rawFileName) };
}

/** Kept for display and the download name only: no path, no control characters, bounded length. */
export function safeFileName(name: string | undefined): string {
  return cleanFileName(name, 'cv.pdf');
}

/** RFC 6266 header with an ASCII fallback and the UTF-8 name (accents are common in French file names). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/[\\"%;]/g, '_') || 'cv.pdf';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
