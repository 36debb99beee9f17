import type { ToolCall } from '@/api/schemas/blocks';
import { toJsonText } from '@/features/transcript/utils/blocks';
import styles from './blocks.module.css';

/** The tool call behind a result: name, summary and arguments, folded away by default. */
export function ToolCallInspector({ call, raw }: { call: ToolCall; raw: unknown }) {
  return (
    <details className={styles.tool}>
      <summary>
        <span className={styles.kindLabel}>Tool call</span> <code>{call.name}</code>
        {call.summary ? <span className={styles.toolSummary}> — {call.summary}</span> : null}
      </summary>
      <dl className={styles.toolDetails}>
        <dt>Arguments</dt>
        <dd>
          <pre>{toJsonText(call.arguments ?? null)}</pre>
        </dd>
        <dt>Call as stored</dt>
        <dd>
          <pre>{toJsonText(raw)}</pre>
        </dd>
      </dl>
    </details>
  );
}
