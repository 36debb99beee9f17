import type { CappedKind } from '../utils/budget-math';
import styles from './gauge.module.css';

type Props = {
  /** used / limit; the arc is clamped to a full semicircle, the label is not. */
  ratio: number;
  kind: CappedKind;
  /** Accessible name, e.g. "Tokens used today". */
  label: string;
  /** `aria-valuetext`, e.g. "64% of the daily token cap used". */
  valueText: string;
  /** The percentage in the middle of the arc. */
  centre: string;
};

// A semicircle of radius 50 around (60, 60); `pathLength` lets the dash offset be a percentage.
const ARC = 'M 10 60 A 50 50 0 0 1 110 60';

/** A plain SVG semicircle: this card is in the first-load bundle, so no chart library. */
export function Gauge({ ratio, kind, label, valueText, centre }: Props) {
  const percent = Math.min(100, Math.max(0, ratio * 100));
  return (
    <div
      className={styles.gauge}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.floor(percent)}
      aria-valuetext={valueText}
      data-kind={kind}
    >
      <svg viewBox="0 0 120 68" aria-hidden="true" focusable="false">
        <path d={ARC} className={styles.track} pathLength={100} />
        <path
          d={ARC}
          className={styles.value}
          pathLength={100}
          strokeDasharray="100 100"
          style={{ strokeDashoffset: 100 - percent }}
        />
        <text x="60" y="57" className={styles.centre} textAnchor="middle">
          {centre}
        </text>
      </svg>
    </div>
  );
}
