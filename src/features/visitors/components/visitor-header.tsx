import { Link } from 'react-router';
import { CopyButton } from '@/components/ui/copy-button';
import { PageHeader } from '@/components/ui/page-header';
import { shortId } from '@/lib/format/text';
import { paths } from '@/lib/paths';
import styles from './visitor.module.css';

/** The visitor page's h1 (short slug) with the full slug one copy away. */
export function VisitorHeader({ slug }: { slug: string }) {
  const short = shortId(slug, 12);
  return (
    <>
      <p className={styles.back}>
        <Link to={paths.visitors.href()}>
          <span aria-hidden="true">← </span>All visitors
        </Link>
      </p>
      <PageHeader
        title={
          <>
            Visitor <span className={styles.short}>{short}</span>
          </>
        }
        documentTitle={`Visitor ${short}`}
        subtitle={
          <span className={styles.slug}>
            <code title="Visitor slug: a keyed hash of the visitor's IP address">{slug}</code>
            <CopyButton value={slug} label="visitor slug" />
          </span>
        }
      />
    </>
  );
}
