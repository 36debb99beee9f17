import type { Interaction } from '@/api/schemas/interaction';
import { Badge, SeverityBadge } from '@/components/ui/severity-badge';
import { normalizeSeverity } from '@/lib/severity';
import { actionLabel, countCategories } from '../utils/categories';
import styles from './turn.module.css';

/** Severity, guard action and the injection/PII categories (deduplicated, with counts). */
export function SafetyBadges({ turn }: { turn: Interaction }) {
  const severity = normalizeSeverity(turn.severity);
  const action = turn.action_taken && turn.action_taken !== 'allow' ? actionLabel(turn.action_taken) : null;
  const injection = countCategories(turn.injection_categories);
  const pii = countCategories(turn.pii_categories);
  if (!turn.is_flagged && severity === 'none' && !action && injection.length === 0 && pii.length === 0)
    return null;
  return (
    <div className={styles.badges} role="group" aria-label="Safety">
      {(turn.is_flagged || severity !== 'none') && <SeverityBadge value={severity} />}
      {action && (
        <Badge tone={action.tone} title={`Guard action: ${turn.action_taken}`}>
          {action.label}
        </Badge>
      )}
      {injection.map((c) => (
        <Badge key={`i-${c.category}`} tone="neutral" title={`Injection pattern: ${c.category}`}>
          <span className={styles.badgeKind}>Injection</span> {c.label}
          {c.count > 1 && <span className={styles.badgeCount}> ×{c.count}</span>}
        </Badge>
      ))}
      {pii.map((c) => (
        <Badge key={`p-${c.category}`} tone="neutral" title={`Personal data: ${c.category}`}>
          <span className={styles.badgeKind}>PII</span> {c.label}
          {c.count > 1 && <span className={styles.badgeCount}> ×{c.count}</span>}
        </Badge>
      ))}
    </div>
  );
}
