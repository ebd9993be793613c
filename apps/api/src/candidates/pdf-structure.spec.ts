import { BOMB_PDF, COMPRESSED_PDF, GARBAGE_PDF, MANY_STREAMS_BOMB_PDF, NESTED_PDF } from '../../test/support/pdf-samples';
import { pdfDefect } from './pdf-structure';

describe('pdfDefect', () => {
  it('accepts a well-formed PDF with a compressed page, and a minimal one', () => {
    expect(pdfDefect(COMPRESSED_PDF)).toBeNull();
    expect(pdfDefect(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'))).toBeNull();
  });

  it('refuses a header followed by garbage, or a file without its end marker', () => {
    expect(pdfDefect(GARBAGE_PDF)).toBe('not-pdf');
    expect(pdfDefect(COMPRESSED_PDF.subarray(0, COMPRESSED_PDF.length - 20))).toBe('not-pdf');
    expect(pdfDefect(Buffer.from('%PDF-X\n%%EOF'))).toBe('not-pdf');
  });

  it('refuses decompression bombs, in one stream or spread over many, and absurd nesting', () => {
    expect(pdfDefect(BOMB_PDF)).toBe('bomb');
    expect(pdfDefect(MANY_STREAMS_BOMB_PDF)).toBe('bomb');
    expect(pdfDefect(NESTED_PDF)).toBe('too-deep');
  });
});
