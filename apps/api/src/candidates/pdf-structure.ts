/**
 * A cheap structural check of an uploaded PDF, after its magic bytes: a CV is opened by recruiters' viewers and
 * stored for months, so a file that only starts like a PDF is refused. No full parser (the file is never
 * rendered server-side); what is checked is what decompression bombs and junk files get wrong:
 * - a `%PDF-x.y` header and an `%%EOF` marker in the last kilobyte, as every writer produces;
 * - dictionaries nested at most MAX_NESTING deep (parsers recurse on them);
 * - Flate streams that inflate to at most MAX_INFLATED_BYTES in total (a few KB can claim gigabytes).
 */
import { constants, inflateSync } from 'node:zlib';

const MAX_NESTING = 64;
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const HEADER = /^%PDF-[12]\.\d/;

export type PdfDefect = 'not-pdf' | 'too-deep' | 'bomb';

export function pdfDefect(data: Buffer): PdfDefect | null {
  if (!HEADER.test(data.subarray(0, 16).toString('latin1'))) return 'not-pdf';
  if (!data.subarray(Math.max(0, data.length - 1024)).toString('latin1').includes('%%EOF')) return 'not-pdf';
  const text = data.toString('latin1');
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '<' && text[i + 1] === '<') {
      if (++depth > MAX_NESTING) return 'too-deep';
      i++;
    } else if (text[i] === '>' && text[i + 1] === '>') {
      depth = Math.max(0, depth - 1);
      i++;
    }
  }
  let budget = MAX_INFLATED_BYTES;
  const streams = /(?<!end)stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streams.lastIndex = end + 'endstream'.length;
    if (!text.slice(Math.max(0, match.index - 512), match.index).includes('/FlateDecode')) continue;
    try {
      // Z_SYNC_FLUSH: a stream without its end marker is inflated as far as it goes instead of throwing.
      budget -= inflateSync(data.subarray(start, end), { maxOutputLength: budget + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'bomb';
      // A corrupt stream is the viewer's business, not a danger to the server.
    }
    if (budget < 0) return 'bomb';
  }
  return null;
}
