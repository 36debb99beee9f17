import type { ReactNode } from 'react';
import type { TurnFilters } from '@/api/filters';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';

/**
 * `severity=none` is a valid choice but matches nothing: the server stores `""` for clean
 * turns (contract §2.1, §3.2). "None" stays selectable (links from elsewhere use it); choosing
 * it explains why the list is empty and offers the unflagged turns instead. The page words it.
 */
export function SeverityNoneNotice({
  value,
  onChange,
  title,
  action,
  children,
}: {
  value: Pick<TurnFilters, 'severity'>;
  onChange: (patch: Pick<TurnFilters, 'severity' | 'is_flagged'>) => void;
  title: string;
  /** The button that swaps the severity filter for "Flagged: Not flagged". */
  action: string;
  children: ReactNode;
}) {
  if (value.severity !== 'none') return null;
  return (
    <Notice
      tone="warn"
      title={title}
      actions={
        <Button size="small" onClick={() => onChange({ severity: undefined, is_flagged: false })}>
          {action}
        </Button>
      }
    >
      {children}
    </Notice>
  );
}
