import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format/number';
import styles from './data-table.module.css';

/** "1–50 of 1,234", page-size choice and first/previous/next/last. Pages are 1-based. */
export function Pager({
  page,
  pageCount,
  pageSize,
  pageSizes,
  total,
  onPage,
  onPageSize,
}: {
  page: number;
  pageCount: number;
  pageSize: number;
  pageSizes: readonly number[];
  total: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
}) {
  const sizeId = useId();
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const first = page <= 1;
  const last = page >= pageCount;
  return (
    <nav className={styles.pager} aria-label="Pagination">
      <p className={styles.range} aria-live="polite">
        {formatNumber(from)}–{formatNumber(to)} of {formatNumber(total)}
      </p>
      <div className={styles.pageSize}>
        <label htmlFor={sizeId}>Rows per page</label>
        <select id={sizeId} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.pageButtons}>
        <Button size="small" disabled={first} onClick={() => onPage(1)}>
          <span aria-hidden="true">«</span> First<span className="visually-hidden"> page</span>
        </Button>
        <Button size="small" disabled={first} onClick={() => onPage(page - 1)}>
          <span aria-hidden="true">‹</span> Previous<span className="visually-hidden"> page</span>
        </Button>
        <span className={styles.pageOf}>
          Page {formatNumber(page)} of {formatNumber(pageCount)}
        </span>
        <Button size="small" disabled={last} onClick={() => onPage(page + 1)}>
          Next<span className="visually-hidden"> page</span> <span aria-hidden="true">›</span>
        </Button>
        <Button size="small" disabled={last} onClick={() => onPage(pageCount)}>
          Last<span className="visually-hidden"> page</span> <span aria-hidden="true">»</span>
        </Button>
      </div>
    </nav>
  );
}
