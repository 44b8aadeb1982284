import type { ReactNode } from 'react'

/**
 * A wide table on a narrow screen scrolls sideways inside this region (WCAG 1.4.10); the region can take focus, so
 * it can be scrolled with the keyboard, and is named by the table's caption.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  )
}
