import { createContext, use, type ReactNode } from 'react';
import { Link } from 'react-router';
import styles from './data-table.module.css';

/** The current row's `getRowHref` result, provided by `DataTable` around each body row. */
export const RowHrefContext = createContext<string | undefined>(undefined);

/** Whether the current row's conversation was read (read marks); `undefined`: not tracked. */
export const RowReadContext = createContext<boolean | undefined>(undefined);

/**
 * The row's primary link: a real `<a>` so keyboard, middle-click, "open in new tab" and
 * "copy link" work. Put it in the row's primary cell; a click elsewhere on the row follows
 * the same href. Without a `getRowHref` on the table it renders plain text.
 */
export function RowLink({ children, title }: { children: ReactNode; title?: string }) {
  const href = use(RowHrefContext);
  const read = use(RowReadContext);
  if (href === undefined) return <span title={title}>{children}</span>;
  // Unread rows read bolder, like an inbox; read ones say so to screen readers too.
  return (
    <Link
      to={href}
      className={read === undefined ? styles.rowLink : read ? styles.rowLinkRead : styles.rowLinkUnread}
      title={title}
      data-row-link=""
    >
      {children}
      {read && <span className="visually-hidden"> (read)</span>}
    </Link>
  );
}
