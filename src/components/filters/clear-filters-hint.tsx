import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';

/** A filtered list's empty text: the page's advice, then a button that clears every filter. */
export function ClearFiltersHint({ children, onClearAll }: { children: ReactNode; onClearAll: () => void }) {
  return (
    <>
      {children}{' '}
      <Button size="small" variant="ghost" onClick={onClearAll}>
        Clear all filters
      </Button>
    </>
  );
}
