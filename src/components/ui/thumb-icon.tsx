/**
 * A thumbs up or down drawn as an inline SVG: emoji thumbs show as empty boxes where no emoji
 * font is installed (many Linux desktops). Decorative: the word beside it says the vote.
 * `data-app-icon` tells the app's own icons from anything content could ever add (tests).
 */
export function ThumbIcon({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="12"
      height="12"
      aria-hidden="true"
      focusable="false"
      data-app-icon=""
      style={direction === 'down' ? { transform: 'rotate(180deg)' } : undefined}
    >
      <path
        d="M2 7h2.5v7H2zM6 14h5.6c.7 0 1.3-.5 1.4-1.2l.9-4.6c.2-.9-.5-1.7-1.4-1.7H9.3l.5-2.6c.1-.7-.2-1.4-.8-1.7L8.6 2 6 6.6z"
        fill="currentColor"
      />
    </svg>
  );
}
