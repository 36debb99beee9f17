/**
 * The one keyboard-shortcut registry of the app. The shell owns it (and the one `keydown`
 * listener); pages and shared components add groups of shortcuts while they are mounted.
 * Page groups win over global ones for the same key, so a page can give `/` or `j` its own
 * meaning without both firing.
 */

export type Shortcut = {
  /** One key (`'/'`, `'?'`, `'j'`, `'Home'`) or a two-key sequence (`'g o'`). */
  keys: string;
  /** What it does, for the shortcut sheet. */
  label: string;
  /**
   * Runs the shortcut. Return `false` when it does not apply right now (no search field on
   * this page, no rows): the key then goes on to the next handler, or to the browser.
   * Without `run` the shortcut is only listed (keys a focused field handles itself).
   */
  run?: () => boolean | void;
};

/** `page` groups take precedence over `global` ones. */
export type ShortcutScope = 'global' | 'page';

export type ShortcutGroup = {
  id: number;
  /** Heading in the sheet, e.g. "Anywhere", "Lists", "Transcript". */
  section: string;
  scope: ShortcutScope;
  shortcuts: readonly Shortcut[];
};

/** How long the second key of a sequence (`g` … `o`) may take. */
export const SEQUENCE_TIMEOUT_MS = 1500;

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
]);

/**
 * Keys typed into a field, an editable region or an open dialog belong to it, never to a
 * shortcut.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('[role="dialog"], [role="alertdialog"]')) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  const field = target.closest('input, textarea, select');
  if (!field) return false;
  if (field instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(field.type) || field.type === '';
  return true;
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'>;

/**
 * The shortcut key an event stands for, or `null` when it cannot be one: with Ctrl, Cmd or Alt
 * (browser and OS shortcuts), while composing text, and Shift with a named key (Shift+End
 * selects text). Shift with a character is fine: it is how `?` is typed.
 */
export function shortcutKey(event: KeyLike): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  const { key } = event;
  if (!key || key === 'Shift' || key === 'Dead' || key === 'Unidentified') return null;
  if (key.length > 1 && event.shiftKey) return null;
  return key;
}

export type ShortcutRegistry = {
  register: (group: Omit<ShortcutGroup, 'id'>) => () => void;
  subscribe: (listener: () => void) => () => void;
  getGroups: () => readonly ShortcutGroup[];
  /** Runs the shortcut for `key`; `true` when the key was used (by a shortcut or as a prefix). */
  handleKey: (key: string, now?: number) => boolean;
};

/** Page groups first, then the most recently registered first. */
function byPrecedence(a: ShortcutGroup, b: ShortcutGroup): number {
  if (a.scope !== b.scope) return a.scope === 'page' ? -1 : 1;
  return b.id - a.id;
}

export function createShortcutRegistry(): ShortcutRegistry {
  let groups: readonly ShortcutGroup[] = [];
  let nextId = 1;
  let pending: { prefix: string; at: number } | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  const runFirst = (keys: string): boolean => {
    for (const group of [...groups].sort(byPrecedence)) {
      for (const shortcut of group.shortcuts) {
        if (shortcut.keys !== keys || !shortcut.run) continue;
        if (shortcut.run() !== false) return true;
      }
    }
    return false;
  };

  const isPrefix = (key: string): boolean =>
    groups.some((group) => group.shortcuts.some((s) => s.run && s.keys.startsWith(`${key} `)));

  return {
    register(group) {
      const entry: ShortcutGroup = { ...group, id: nextId++ };
      groups = [...groups, entry];
      emit();
      return () => {
        groups = groups.filter((g) => g !== entry);
        emit();
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getGroups: () => groups,
    handleKey(key, now = Date.now()) {
      const prefix = pending && now - pending.at <= SEQUENCE_TIMEOUT_MS ? pending.prefix : null;
      pending = null;
      if (prefix !== null && runFirst(`${prefix} ${key}`)) return true;
      if (runFirst(key)) return true;
      if (isPrefix(key)) {
        pending = { prefix: key, at: now };
        return true;
      }
      return false;
    },
  };
}

/**
 * What the sheet lists: sections in order (global first), each shortcut once, global ones
 * hidden where a page shortcut takes their key.
 */
export function sheetSections(
  groups: readonly ShortcutGroup[],
): { section: string; shortcuts: readonly Shortcut[] }[] {
  const pageKeys = new Set(
    groups.filter((g) => g.scope === 'page').flatMap((g) => g.shortcuts.map((s) => s.keys)),
  );
  const ordered = [...groups].sort((a, b) =>
    a.scope === b.scope ? a.id - b.id : a.scope === 'global' ? -1 : 1,
  );
  const sections = new Map<string, Shortcut[]>();
  for (const group of ordered) {
    const list = sections.get(group.section) ?? [];
    for (const shortcut of group.shortcuts) {
      if (group.scope === 'global' && pageKeys.has(shortcut.keys)) continue;
      if (list.some((s) => s.keys === shortcut.keys)) continue;
      list.push(shortcut);
    }
    sections.set(group.section, list);
  }
  return [...sections]
    .filter(([, shortcuts]) => shortcuts.length > 0)
    .map(([section, shortcuts]) => ({ section, shortcuts }));
}
