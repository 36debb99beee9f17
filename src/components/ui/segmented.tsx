import type { HTMLAttributes } from 'react';
import styles from './segmented.module.css';

type Props = Omit<HTMLAttributes<HTMLSpanElement>, 'role'> & {
  /** `field`: as tall as the form fields of a filter bar; `small`: the quieter page-header look. */
  size?: 'normal' | 'small' | 'field';
} & ({ 'aria-label': string } | { 'aria-labelledby': string });

/**
 * A group of toggle buttons, one of them pressed. The children are plain
 * `<button type="button" aria-pressed>` elements; the group needs a name.
 */
export function Segmented({ size = 'normal', className, ...rest }: Props) {
  const classes = [styles.segmented, size !== 'normal' && styles[size], className].filter(Boolean).join(' ');
  return <span role="group" className={classes} {...rest} />;
}
