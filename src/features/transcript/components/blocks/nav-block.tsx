import type { HomeportNavBlock } from '@/api/schemas/blocks';
import { Highlight } from '../highlight';
import { resolveContentUrl } from '@/features/transcript/utils/safe-url';
import styles from './blocks.module.css';

/** Offering cards from `search_offerings` / `get_offering`: each links to HomePort in a new tab. */
export function NavBlock({ block, pattern }: { block: HomeportNavBlock; pattern: RegExp | null }) {
  return (
    <div className={styles.nav}>
      {block.content && (
        <p className={styles.navIntro}>
          <Highlight text={block.content} pattern={pattern} />
        </p>
      )}
      <ul className={styles.cards} aria-label="Offerings shown">
        {block.links.map((link, index) => {
          const safe = resolveContentUrl(link.url);
          const title = link.label ? (
            <Highlight text={link.label} pattern={pattern} />
          ) : (
            link.url || 'Untitled offering'
          );
          return (
            <li key={index} className={styles.card}>
              {safe ? (
                <a className={styles.cardTitle} href={safe.href} target="_blank" rel="noopener noreferrer">
                  {title}
                  <span aria-hidden="true"> ↗</span>
                  <span className="visually-hidden"> (opens HomePort in a new tab)</span>
                </a>
              ) : (
                <span className={styles.cardTitle}>{title}</span>
              )}
              {link.subtitle && (
                <p className={styles.provider}>
                  <Highlight text={link.subtitle} pattern={pattern} />
                </p>
              )}
              {link.description_excerpt && (
                <p className={styles.excerpt}>
                  <Highlight text={link.description_excerpt} pattern={pattern} />
                </p>
              )}
              {!safe && (
                <p className={styles.refused}>
                  Link not allowed, shown as text:{' '}
                  <code className={styles.refusedUrl}>{link.url || '(empty)'}</code>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
