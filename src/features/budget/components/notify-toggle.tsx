import { Button } from '@/components/ui/button';
import type { BudgetNotifications } from '../hooks/use-budget-notifications';
import styles from './budget-card.module.css';

/** The opt-in for the budget watch's browser notifications. */
export function NotifyToggle({ notifications }: { notifications: BudgetNotifications }) {
  if (!notifications.supported) return null;
  const blocked = notifications.permission === 'denied';
  return (
    <div className={styles.notify}>
      <Button
        size="small"
        variant="ghost"
        aria-pressed={notifications.enabled}
        disabled={blocked}
        title={
          blocked
            ? 'Notifications are blocked for this site in the browser settings'
            : 'Notify me when the budget reaches 80%, 95% and 100%'
        }
        onClick={() => void notifications.toggle()}
      >
        <BellIcon />
        Notify me
      </Button>
      {blocked && <span className={styles.notifyHint}>Blocked in browser settings</span>}
    </div>
  );
}

function BellIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="M8 1.5a4 4 0 0 0-4 4v2.8L2.6 11h10.8L12 8.3V5.5a4 4 0 0 0-4-4ZM6.3 12.5a1.8 1.8 0 0 0 3.4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinejoin="round"
      />
    </svg>
  );
}
