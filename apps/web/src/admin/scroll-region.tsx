/**
 * The horizontal scroller around a wide table. On a narrow screen the table overflows, and a scrollable area
 * must be reachable with the keyboard (arrow keys scroll it once focused) and named for screen readers.
 */
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
