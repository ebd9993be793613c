/** Hand-built PDFs for the upload tests: a well-formed one with a compressed page, and hostile variants. */
import { deflateSync } from 'node:zlib';

function pdfWithStream(content: Buffer, dict = '/Filter /FlateDecode'): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n`),
    Buffer.from(`3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length ${content.length} ${dict} >>\nstream\n`),
    content,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\nstartxref\n0\n%%EOF\n'),
  ]);
}

/** A small valid CV: one page whose content stream is compressed, as every PDF writer does. */
export const COMPRESSED_PDF = pdfWithStream(deflateSync(Buffer.from('BT /F1 12 Tf 72 712 Td (Camille Durand - CV) Tj ET')));

/** ~100 KB that inflate to 200 MB of zeros: a decompression bomb in a PDF envelope. */
export const BOMB_PDF = pdfWithStream(deflateSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 }));

/** The same budget blown by many small streams instead of one. */
export const MANY_STREAMS_BOMB_PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  ...Array.from({ length: 40 }, (_, i) => {
    const z = deflateSync(Buffer.alloc(4 * 1024 * 1024), { level: 9 });
    return Buffer.concat([Buffer.from(`${i + 5} 0 obj << /Length ${z.length} /Filter /FlateDecode >>\nstream\n`), z, Buffer.from('\nendstream\nendobj\n')]);
  }),
  Buffer.from('trailer << >>\n%%EOF\n'),
]);

/** Dictionaries nested 10,000 deep: parsers that recurse on them overflow their stack. */
export const NESTED_PDF = Buffer.from(`%PDF-1.4\n1 0 obj ${'<< /A '.repeat(10_000)}1${' >>'.repeat(10_000)} endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** The magic bytes and then noise. */
export const GARBAGE_PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]);

export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
export const ZIP = Buffer.from('504b0304140000000800', 'hex');
export const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)]);
export const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>%PDF-1.4\n%%EOF\n');
