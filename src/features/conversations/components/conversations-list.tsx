import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '@/api/errors';
import { getApiGeneration } from '@/api/server-info';
import { ServerList } from '@/components/list/server-list';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useServerList } from '@/hooks/use-server-list';
import { paths } from '@/lib/paths';
import { CONVERSATIONS } from './conversations-definition';
import styles from './conversations.module.css';

/** `conversations/` is missing before Waldur 8.1.2: a 404, or an HTML 404 from a proxy. */
function isMissingEndpoint(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** What a server without `conversations/` gets instead of an error page. */
function ConversationsNeedNewerServer({ onTryAnyway }: { onTryAnyway?: () => void }) {
  return (
    <Card>
      <div className={styles.oldServer}>
        <h2>Conversations need Waldur 8.1.2 or newer</h2>
        <p>
          This server has no list of conversations (the <code>conversations/</code> endpoint arrived in Waldur
          8.1.2). The same visitors and their conversations are on the Visitors page, and every turn is in the
          turns review.
        </p>
        <div className={styles.actions}>
          <Link className={buttonClass} to={paths.visitors.href()}>
            Go to Visitors
          </Link>
          <Link className={buttonClass} to={paths.interactions.href()}>
            Review turns
          </Link>
          {onTryAnyway && (
            <Button variant="ghost" onClick={onTryAnyway}>
              Ask the server anyway
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}

/** Every conversation with its counters: the whole array, sorted and paged in the browser. */
export function ConversationsList() {
  // Servers older than 8.1.2 have no conversations/; an unknown or patched server can still
  // be asked on request.
  const [tryAnyway, setTryAnyway] = useState(false);
  const skip = getApiGeneration() === 'legacy' && !tryAnyway;
  const list = useServerList(CONVERSATIONS, { enabled: !skip });
  if (skip || isMissingEndpoint(list.query.error)) {
    return <ConversationsNeedNewerServer onTryAnyway={skip ? () => setTryAnyway(true) : undefined} />;
  }
  return <ServerList list={list} filterLabel="Filter conversations" />;
}
