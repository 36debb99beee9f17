import { useTimeZone } from '@/hooks/use-preferences';
import { formatDateTime, formatRelative, parseTimestamp } from '@/lib/format';

type Props = { value: string | null | undefined; relative?: boolean; seconds?: boolean };

/** A timestamp in the chosen zone; relative times carry the absolute time in a tooltip. */
export function Time({ value, relative = false, seconds = false }: Props) {
  const zone = useTimeZone();
  const date = parseTimestamp(value);
  if (!date) return <span>—</span>;
  const absolute = formatDateTime(date, zone, { seconds });
  return (
    <time
      dateTime={date.toISOString()}
      title={relative ? absolute : formatDateTime(date, zone, { seconds: true })}
    >
      {relative ? formatRelative(date) : absolute}
    </time>
  );
}
