import type { AskUserFormBlock } from '@/api/schemas/blocks';
import { Highlight } from '../highlight';
import styles from './blocks.module.css';

/** The question(s) the assistant asked with `ask_user`, read-only (no inputs to focus). */
export function FormBlock({ block, pattern }: { block: AskUserFormBlock; pattern: RegExp | null }) {
  return (
    <div className={styles.form}>
      <p className={styles.kindLabel}>Asked the visitor</p>
      {block.context && (
        <p className={styles.formContext}>
          <Highlight text={block.context} pattern={pattern} />
        </p>
      )}
      {block.questions.map((q, qi) => (
        <div key={qi} className={styles.question} role="group" aria-label={`Question: ${q.question}`}>
          {q.header && (
            <p className={styles.questionHeader}>
              <Highlight text={q.header} pattern={pattern} />
            </p>
          )}
          <p className={styles.questionText}>
            <Highlight text={q.question} pattern={pattern} />
          </p>
          {q.options && q.options.length > 0 && (
            <ul className={styles.options} aria-label="Options">
              {q.options.map((o, oi) => (
                <li key={oi}>
                  <span aria-hidden="true" className={styles.optionMark}>
                    {q.multiSelect ? '☐' : '○'}
                  </span>
                  <span className={styles.optionLabel}>
                    <Highlight text={o.label} pattern={pattern} />
                  </span>
                  {o.description && (
                    <span className={styles.optionDescription}>
                      {' — '}
                      <Highlight text={o.description} pattern={pattern} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className={styles.formNote}>
            {q.multiSelect ? 'Several answers allowed' : q.options?.length ? 'One answer' : 'Free answer'}
            {q.allowFreeText && q.options?.length ? ' · free text allowed' : ''}
          </p>
        </div>
      ))}
    </div>
  );
}
