import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { VisitorSlug } from '@/hooks/use-visitor-slug';
import { shortId } from '@/lib/format/text';

/** How many candidate visitors a prefix lists before it asks for more characters. */
const SHOWN = 5;

/**
 * What the "Visitor slug" filter did with a prefix, said plainly: the server only matches whole
 * slugs, so the page looked the prefix up among the visitors (docs/api.md §2.1).
 */
export function VisitorSlugNotice({ slug, onPick }: { slug: VisitorSlug; onPick: (slug: string) => void }) {
  if (slug.state === 'as-typed' || slug.state === 'looking') return null;
  if (slug.state === 'one') {
    return (
      <Notice>
        <p>
          Showing visitor <code title={slug.send}>{shortId(slug.send, 16)}</code>, the only visitor whose slug
          starts with “{slug.prefix}”.
        </p>
      </Notice>
    );
  }
  if (slug.state === 'none') {
    return (
      <Notice tone="warn" title={`No visitor’s slug starts with “${slug.prefix}”.`}>
        <p>The filter takes a whole slug or its first characters, as the lists show them.</p>
      </Notice>
    );
  }
  return (
    <Notice
      tone="warn"
      title={`${slug.matches.length} visitors’ slugs start with “${slug.prefix}”: pick one, or type more of it.`}
      actions={slug.matches.slice(0, SHOWN).map((match) => (
        <Button key={match} size="small" title={match} onClick={() => onPick(match)}>
          {shortId(match, 16)}
        </Button>
      ))}
    />
  );
}
