import { Dialog } from 'radix-ui';
import { Fragment, useMemo, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { sheetSections, type ShortcutRegistry } from './shortcut-registry';
import styles from './shortcuts.module.css';

/** The `?` sheet listing every registered shortcut, by section. */
export function ShortcutSheet({
  registry,
  open,
  onOpenChange,
  onClosed,
}: {
  registry: ShortcutRegistry;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onClosed: (event: Event) => void;
}) {
  const groups = useSyncExternalStore(registry.subscribe, registry.getGroups, registry.getGroups);
  const sections = useMemo(() => sheetSections(groups), [groups]);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.dialog} onCloseAutoFocus={onClosed}>
          <Dialog.Title className={styles.title}>Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className={styles.description}>
            Letter keys work when the focus is not in a text field. Press Esc to close.
          </Dialog.Description>
          {sections.map(({ section, shortcuts }) => (
            <section key={section} className={styles.section} aria-label={section}>
              <h3 className={styles.sectionTitle}>{section}</h3>
              <table className={styles.table}>
                <tbody>
                  {shortcuts.map((shortcut) => (
                    <tr key={shortcut.keys}>
                      <th scope="row">
                        <Keys keys={shortcut.keys} />
                      </th>
                      <td>{shortcut.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          <Dialog.Close asChild>
            <Button className={styles.close}>Close</Button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

const KEY_NAMES: Record<string, string> = { Escape: 'Esc', ' ': 'Space' };

/** `g o` → g then o; `Shift+Enter` → Shift + Enter. */
function Keys({ keys }: { keys: string }) {
  const steps = keys.split(' ');
  return (
    <>
      {steps.map((step, i) => (
        <Fragment key={i}>
          {i > 0 && <span className={styles.then}>then</span>}
          {step.split('+').map((part, j) => (
            <Fragment key={j}>
              {j > 0 && ' + '}
              <kbd>{KEY_NAMES[part] ?? part}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}
