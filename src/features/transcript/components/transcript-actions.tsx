import { useState } from 'react';
import type { Interaction } from '@/api/schemas/interaction';
import { Button } from '@/components/ui/button';
import { useTimeZone } from '@/hooks/use-preferences';
import { downloadText } from '@/lib/download';
import { exportFileName, transcriptToJson, transcriptToMarkdown } from '../utils/export';
import styles from './transcript-body.module.css';

type Props = {
  sessionId: string;
  turns: readonly Interaction[];
  /** Exports carry raw IP addresses only while they are revealed on the page. */
  revealIp: boolean;
  onPrint: () => void;
  /** Read marks: this conversation goes back to unread in every list. */
  onMarkUnread?: () => void;
  /** Export and print wait for the whole conversation. */
  disabled: boolean;
};

/** The page header's actions: the conversation as Markdown or JSON, or on paper. */
export function TranscriptActions({ sessionId, turns, revealIp, onPrint, onMarkUnread, disabled }: Props) {
  const zone = useTimeZone();
  const [unread, setUnread] = useState(false);
  const exportAs = (kind: 'md' | 'json') => {
    const options = { zone, revealIp, exportedAt: new Date() };
    if (kind === 'md') {
      downloadText(
        exportFileName(sessionId, 'md'),
        transcriptToMarkdown(sessionId, turns, options),
        'text/markdown;charset=utf-8',
      );
    } else {
      downloadText(
        exportFileName(sessionId, 'json'),
        transcriptToJson(sessionId, turns, options),
        'application/json',
      );
    }
  };
  return (
    <div className={styles.actions}>
      <Button size="small" onClick={() => exportAs('md')} disabled={disabled}>
        Export Markdown
      </Button>
      <Button size="small" onClick={() => exportAs('json')} disabled={disabled}>
        Export JSON
      </Button>
      <Button size="small" disabled={disabled} onClick={onPrint}>
        Print
      </Button>
      {onMarkUnread && (
        <Button
          size="small"
          disabled={unread}
          onClick={() => {
            onMarkUnread();
            setUnread(true);
          }}
        >
          {unread ? 'Marked as unread' : 'Mark as unread'}
        </Button>
      )}
    </div>
  );
}
