import { useEffect, useState } from 'react';
import { Button } from './button';
import styles from './copy-button.module.css';

/** Copies a value (an id, a slug) to the clipboard and says so. */
export function CopyButton({
  value,
  label,
  text,
}: {
  value: string;
  label: string;
  /** A visible word beside the icon ("Copy link"); without it the button is the icon alone. */
  text?: string;
}) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 1500);
    return () => window.clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      size="small"
      variant="ghost"
      className={styles.copy}
      aria-label={text ? undefined : copied ? `Copied ${label}` : `Copy ${label}`}
      title={copied ? 'Copied' : `Copy ${label}`}
      onClick={async (event) => {
        event.preventDefault();
        event.stopPropagation();
        try {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        } catch {
          setCopied(false);
        }
      }}
    >
      {/* Inline SVG rather than a symbol glyph: system fonts on some Linux desktops lack ⧉. */}
      <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false" data-app-icon="">
        {copied ? (
          <path
            d="M3 8.5l3 3 7-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        ) : (
          <>
            <rect
              x="5"
              y="5"
              width="8.5"
              height="8.5"
              rx="1.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
            />
            <path d="M3 10.5V3.8C3 3.3 3.3 3 3.8 3h6.7" fill="none" stroke="currentColor" strokeWidth="1.4" />
          </>
        )}
      </svg>
      {text && <span>{copied ? 'Copied' : text}</span>}
    </Button>
  );
}
