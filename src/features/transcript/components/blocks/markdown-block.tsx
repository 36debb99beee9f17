import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { memo, useMemo, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { highlightTree, markdownTree } from '@/features/transcript/utils/markdown';
import { resolveContentUrl } from '@/features/transcript/utils/safe-url';
import styles from './blocks.module.css';

type WithNode = { node?: { properties?: Record<string, unknown> } };

function originalUrl(node: WithNode['node']): string {
  const value = node?.properties?.dataOriginalUrl;
  return typeof value === 'string' ? value : '';
}

function SafeLink({ node, children }: WithNode & { children?: ReactNode }) {
  const original = originalUrl(node);
  const safe = original ? resolveContentUrl(original) : null;
  if (!safe) {
    return (
      <span className={styles.refusedLink} title="Link not allowed: shown as text">
        {children}
        {original && (
          <>
            {' '}
            <code className={styles.refusedUrl}>({original})</code>
          </>
        )}
      </span>
    );
  }
  if (!safe.newTab) return <a href={safe.href}>{children}</a>;
  return (
    <a href={safe.href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** Remote images are never loaded (they would reveal staff IP addresses to the image host). */
function ImageAsText({ node, alt }: WithNode & { alt?: string }) {
  const original = originalUrl(node);
  const safe = original ? resolveContentUrl(original) : null;
  return (
    <span className={styles.imageRef}>
      Image{alt ? `: ${alt}` : ' (no description)'}{' '}
      {safe ? (
        <a href={safe.href} target="_blank" rel="noopener noreferrer" className={styles.imageUrl}>
          {original}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        original && <code className={styles.refusedUrl}>({original})</code>
      )}
    </span>
  );
}

/** The page has its own headings; a reply's headings sit below the turn's. */
const shift =
  (Tag: 'h4' | 'h5' | 'h6') =>
  ({ children }: { children?: ReactNode }) => <Tag className={styles.mdHeading}>{children}</Tag>;

const components: Components = {
  a: SafeLink,
  img: ImageAsText,
  h1: shift('h4'),
  h2: shift('h5'),
  h3: shift('h6'),
  h4: shift('h6'),
  h5: shift('h6'),
  h6: shift('h6'),
  table: ({ children }) => (
    <div className={styles.tableScroll}>
      <table>{children}</table>
    </div>
  ),
};

/**
 * Assistant prose: GFM markdown, raw HTML shown as text, links allow-listed, images as text.
 * The parsed tree is shared with find (and prepared ahead by its warm-up), so scrolling a long
 * transcript only turns ready trees into elements.
 */
export const MarkdownBlock = memo(function MarkdownBlock({
  content,
  pattern,
}: {
  content: string;
  pattern: RegExp | null;
}) {
  const tree = markdownTree(content);
  const elements = useMemo(
    () =>
      toJsxRuntime(highlightTree(tree, pattern), {
        Fragment,
        jsx,
        jsxs,
        components,
        ignoreInvalidStyle: true,
        passKeys: true,
        passNode: true,
      }),
    [tree, pattern],
  );
  return <div className={styles.markdown}>{elements}</div>;
});
