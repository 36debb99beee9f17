import { splitMatches } from '../utils/find';

/**
 * Text with find matches wrapped in <mark>. Built from text parts, never from HTML, so API
 * strings stay text. The turn list picks the current match by its order among `mark[data-find]`.
 */
export function Highlight({ text, pattern }: { text: string; pattern: RegExp | null }) {
  if (!pattern || !text) return <>{text}</>;
  const parts = splitMatches(text, pattern);
  if (parts.length === 1 && !parts[0].match) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} data-find="">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
