import type { Interaction } from '@/api/schemas/interaction';
import { missingReplyText } from '@/features/transcript/utils/categories';
import { turnBlocks } from '@/features/transcript/utils/turn-text';
import { CodeBlock } from './code-block';
import { FormBlock } from './form-block';
import { MarkdownBlock } from './markdown-block';
import { NavBlock } from './nav-block';
import { RawBlock } from './raw-block';
import { ToolCallInspector } from './tool-call';
import styles from './blocks.module.css';

/** The assistant's reply, block by block (docs/api.md §3.7), tool results flattened. */
export function AssistantReply({ turn, pattern }: { turn: Interaction; pattern: RegExp | null }) {
  if (turn.assistant_blocks.length === 0) {
    return <p className={styles.noReply}>{missingReplyText(turn)}</p>;
  }
  const blocks = turnBlocks(turn);
  if (blocks.length === 0) return <p className={styles.noReply}>The reply had no visible content.</p>;
  return (
    <div className={styles.reply}>
      {blocks.map((block) => {
        switch (block.kind) {
          case 'markdown':
            return <MarkdownBlock key={block.key} content={block.content} pattern={pattern} />;
          case 'code':
            return (
              <CodeBlock
                key={block.key}
                content={block.content}
                caption={block.language ? `Code · ${block.language}` : 'Code'}
                pattern={pattern}
              />
            );
          case 'mermaid':
            return (
              <CodeBlock
                key={block.key}
                content={block.content}
                caption="Mermaid diagram (source)"
                pattern={pattern}
              />
            );
          case 'nav':
            return <NavBlock key={block.key} block={block.block} pattern={pattern} />;
          case 'form':
            return <FormBlock key={block.key} block={block.block} pattern={pattern} />;
          case 'tool-call':
            return <ToolCallInspector key={block.key} call={block.call} raw={block.raw} />;
          case 'raw':
            return <RawBlock key={block.key} label={block.label} value={block.value} pattern={pattern} />;
        }
      })}
    </div>
  );
}
