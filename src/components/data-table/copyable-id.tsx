import { CopyButton } from '@/components/ui/copy-button';
import { shortId, shortMiddle } from '@/lib/format/text';
import { RowLink } from './row-link';
import styles from './data-table.module.css';

/**
 * A long id shown shortened (its first characters, or both ends with `middle`); the full value is in the tooltip, read by screen
 * readers, and one click away on the copy button. With `link`, the short id is the row's
 * `RowLink` (the copy button stays outside the link: no button inside an `<a>`).
 */
export function CopyableId({
  value,
  label,
  length = 8,
  link = false,
  middle = false,
}: {
  value: string;
  /** What the id is, for the copy button: "visitor slug" → "Copy visitor slug". */
  label: string;
  length?: number;
  link?: boolean;
  /** Keep both ends (conversation ids that share their start), not the first characters. */
  middle?: boolean;
}) {
  const short = middle ? shortMiddle(value, length) : shortId(value, length);
  const text =
    short === value ? (
      value
    ) : (
      <>
        <span aria-hidden="true">{short}</span>
        <span className="visually-hidden">{value}</span>
      </>
    );
  return (
    <span className={styles.copyableId}>
      {link ? (
        <RowLink title={value}>
          <span className={styles.idText}>{text}</span>
        </RowLink>
      ) : (
        <span className={styles.idText} title={value}>
          {text}
        </span>
      )}
      <CopyButton value={value} label={label} />
    </span>
  );
}
