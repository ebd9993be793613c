/**
 * Puts the offer's schema.org JobPosting in <head> as <script type="application/ld+json"> while the page is
 * shown (crawlers that run scripts read it there), and removes it on unmount so offers never pile up.
 */
import { useEffect } from 'react';

export function useJsonLd(data: Record<string, unknown> | null | undefined): void {
  const json = data ? JSON.stringify(data) : null;
  useEffect(() => {
    if (!json) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    // "</script>" inside a string would end the element early; the escaped form is the same JSON.
    script.textContent = json.replace(/</g, '\\u003c');
    document.head.append(script);
    return () => script.remove();
  }, [json]);
}
