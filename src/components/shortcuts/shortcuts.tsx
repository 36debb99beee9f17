import {
  createContext,
  lazy,
  Suspense,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import {
  createShortcutRegistry,
  isTypingTarget,
  shortcutKey,
  type Shortcut,
  type ShortcutRegistry,
  type ShortcutScope,
} from './shortcut-registry';

// The sheet (and Radix's dialog) loads the first time it opens: it is not needed to paint.
const ShortcutSheet = lazy(() => import('./shortcut-sheet').then((m) => ({ default: m.ShortcutSheet })));

type ShortcutContextValue = { registry: ShortcutRegistry; openSheet: () => void };

const ShortcutContext = createContext<ShortcutContextValue | null>(null);

/**
 * Owns the registry, the one `keydown` listener and the shortcut sheet (`?`). The listener sits
 * on `window` in the bubbling phase, so a component that handles a key itself (a menu, a
 * field, `preventDefault`) keeps it.
 */
export function ShortcutProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createShortcutRegistry);
  const [open, setOpenState] = useState(false);
  const [opened, setOpened] = useState(false);
  // Where the focus was when the sheet opened (a heading, a row link): Radix only returns it
  // to a trigger button, and `?` has none.
  const returnFocus = useRef<HTMLElement | null>(null);
  const setOpen = useCallback((next: boolean) => {
    if (next) {
      const active = document.activeElement;
      returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : null;
      setOpened(true);
    }
    setOpenState(next);
  }, []);

  useEffect(
    () =>
      registry.register({
        section: 'Anywhere',
        scope: 'global',
        shortcuts: [{ keys: '?', label: 'Show the keyboard shortcuts', run: () => setOpen(true) }],
      }),
    [registry, setOpen],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const key = shortcutKey(event);
      if (key === null) return;
      if (registry.handleKey(key)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [registry]);

  const value = useMemo(() => ({ registry, openSheet: () => setOpen(true) }), [registry, setOpen]);
  return (
    <ShortcutContext value={value}>
      {children}
      {opened && (
        <Suspense fallback={null}>
          <ShortcutSheet
            registry={registry}
            open={open}
            onOpenChange={setOpen}
            onClosed={(event) => {
              const target = returnFocus.current;
              returnFocus.current = null;
              if (target?.isConnected) {
                event.preventDefault();
                target.focus({ preventScroll: true });
              }
            }}
          />
        </Suspense>
      )}
    </ShortcutContext>
  );
}

/**
 * Adds shortcuts while the calling component is mounted (and `enabled`). Handlers may change
 * on every render; the registration only changes when the keys or labels do. Without a
 * `ShortcutProvider` (a component rendered alone in a test) it does nothing.
 */
export function useShortcuts(
  section: string,
  shortcuts: readonly Shortcut[],
  { scope = 'page', enabled = true }: { scope?: ShortcutScope; enabled?: boolean } = {},
): void {
  const context = use(ShortcutContext);
  const registry = context?.registry;
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  const signature = shortcuts.map((s) => `${s.keys}\u0000${s.label}\u0000${s.run ? 1 : 0}`).join('\u0001');

  useEffect(() => {
    if (!registry || !enabled) return;
    const current = latest.current;
    return registry.register({
      section,
      scope,
      shortcuts: current.map((shortcut, index) => ({
        keys: shortcut.keys,
        label: shortcut.label,
        run: shortcut.run ? () => latest.current[index]?.run?.() : undefined,
      })),
    });
    // `signature` stands for the keys and labels of `shortcuts`; handlers are read through the ref.
  }, [registry, section, scope, enabled, signature]);
}

/** Opens the shortcut sheet (for a "Keyboard shortcuts" button); a no-op without a provider. */
export function useOpenShortcutSheet(): () => void {
  const context = use(ShortcutContext);
  return context?.openSheet ?? noop;
}

const noop = () => {};
