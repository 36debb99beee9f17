import { useTimeZone } from '@/hooks/use-preferences';
import { formatDateTime, formatRelative, parseTimestamp } from '@/lib/format/date';

type Props = {
  value: string | null | undefined;
  relative?: boolean;
  seconds?: boolean;
  /** For dense tables: no year for this year's dates (the tooltip has the full time). */
  compact?: boolean;
};

/** A timestamp in the chosen zone; relative and compact times carry the full time in a tooltip. */
export function Time({ value, relative = false, seconds = false, compact = false }: Props) {
  const zone = useTimeZone();
  const date = parseTimestamp(value);
  if (!date) return <span>—</span>;
  const full = formatDateTime(date, zone, { seconds: true });
  return (
    <time dateTime={date.toISOString()} title={relative ? formatDateTime(date, zone, { seconds }) : full}>
      {relative ? formatRelative(date) : formatDateTime(date, zone, { seconds, compact })}
    </time>
  );
}
