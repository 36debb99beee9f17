import styles from './filters.module.css';

export type LabelledFieldError = { field: string; label: string; messages: readonly string[] };

/**
 * Field-keyed 400 errors (`{"severity": ["Select a valid choice…"]}`) the page could not place
 * next to a control, or a summary of all of them. Each names the filter in the page's words.
 */
export function FieldErrors({ errors }: { errors: readonly LabelledFieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div className={styles.errors} role="alert">
      <p>The server did not accept {errors.length === 1 ? 'this filter' : 'these filters'}:</p>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            <strong>{error.label}</strong>: {error.messages.join(' ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Maps a 400's field errors onto the page's filter labels. `aliases` folds request names onto
 * the filter that sent them (both generations of the date names come from one control).
 */
export function labelFieldErrors(
  fieldErrors: Readonly<Record<string, readonly string[]>>,
  labels: Readonly<Record<string, string>>,
  aliases: Readonly<Record<string, string>> = {},
): LabelledFieldError[] {
  const byField = new Map<string, string[]>();
  for (const [name, messages] of Object.entries(fieldErrors)) {
    const field = aliases[name] ?? name;
    byField.set(field, [...(byField.get(field) ?? []), ...messages]);
  }
  return [...byField].map(([field, messages]) => ({
    field,
    label: labels[field] ?? field,
    messages: [...new Set(messages)],
  }));
}
