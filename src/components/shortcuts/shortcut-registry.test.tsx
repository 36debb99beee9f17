import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  createShortcutRegistry,
  isTypingTarget,
  SEQUENCE_TIMEOUT_MS,
  sheetSections,
  shortcutKey,
} from './shortcut-registry';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  shortcutKey({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    isComposing: false,
    ...mods,
  });

describe('shortcutKey', () => {
  it('passes plain keys and Shift with a character (how ? is typed)', () => {
    expect(key('j')).toBe('j');
    expect(key('?', { shiftKey: true })).toBe('?');
    expect(key('Home')).toBe('Home');
  });
  it('ignores modifier keys, Shift with a named key and composition', () => {
    expect(key('g', { ctrlKey: true })).toBeNull();
    expect(key('g', { metaKey: true })).toBeNull();
    expect(key('g', { altKey: true })).toBeNull();
    expect(key('End', { shiftKey: true })).toBeNull();
    expect(key('k', { isComposing: true })).toBeNull();
    expect(key('Shift', { shiftKey: true })).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('is true in text fields, selects, text areas, editable regions and dialogs', () => {
    render(
      <>
        <input id="text" />
        <input id="search" type="search" />
        <input id="box" type="checkbox" />
        <select id="select" />
        <textarea id="area" />
        <div contentEditable suppressContentEditableWarning>
          <span id="editable">x</span>
        </div>
        <div role="dialog">
          <button id="inDialog">ok</button>
        </div>
        <button id="button">b</button>
      </>,
    );
    const el = (id: string) => document.getElementById(id);
    expect(isTypingTarget(el('text'))).toBe(true);
    expect(isTypingTarget(el('search'))).toBe(true);
    expect(isTypingTarget(el('select'))).toBe(true);
    expect(isTypingTarget(el('area'))).toBe(true);
    expect(isTypingTarget(el('editable'))).toBe(true);
    expect(isTypingTarget(el('inDialog'))).toBe(true);
    expect(isTypingTarget(el('box'))).toBe(false);
    expect(isTypingTarget(el('button'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});

describe('createShortcutRegistry', () => {
  it('runs a sequence when its second key follows in time, and not after the timeout', () => {
    const registry = createShortcutRegistry();
    const run = vi.fn();
    registry.register({
      section: 'Anywhere',
      scope: 'global',
      shortcuts: [{ keys: 'g u', label: 'Visitors', run }],
    });
    expect(registry.handleKey('g', 1000)).toBe(true);
    expect(registry.handleKey('u', 1500)).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);

    registry.handleKey('g', 5000);
    expect(registry.handleKey('u', 5000 + SEQUENCE_TIMEOUT_MS + 1)).toBe(false);
    expect(run).toHaveBeenCalledTimes(1);
    expect(registry.handleKey('x', 9000)).toBe(false);
  });

  it('gives a page shortcut precedence over a global one, and falls through when it declines', () => {
    const registry = createShortcutRegistry();
    const global = vi.fn();
    const page = vi.fn<() => boolean | void>();
    registry.register({
      section: 'Anywhere',
      scope: 'global',
      shortcuts: [{ keys: '/', label: 'Search', run: global }],
    });
    const unregister = registry.register({
      section: 'Transcript',
      scope: 'page',
      shortcuts: [{ keys: '/', label: 'Find', run: page }],
    });
    registry.handleKey('/');
    expect(page).toHaveBeenCalledTimes(1);
    expect(global).not.toHaveBeenCalled();

    page.mockReturnValueOnce(false);
    registry.handleKey('/');
    expect(global).toHaveBeenCalledTimes(1);

    unregister();
    registry.handleKey('/');
    expect(page).toHaveBeenCalledTimes(2);
    expect(global).toHaveBeenCalledTimes(2);
  });

  it('lists each key once, hiding global shortcuts a page takes over', () => {
    const registry = createShortcutRegistry();
    registry.register({
      section: 'Anywhere',
      scope: 'global',
      shortcuts: [
        { keys: 'g o', label: 'Overview', run: () => {} },
        { keys: '/', label: 'Search', run: () => {} },
      ],
    });
    registry.register({
      section: 'Anywhere',
      scope: 'global',
      shortcuts: [{ keys: '?', label: 'Help', run: () => {} }],
    });
    registry.register({
      section: 'Transcript',
      scope: 'page',
      shortcuts: [
        { keys: '/', label: 'Find in transcript', run: () => {} },
        { keys: 'Shift+Enter', label: 'Previous match' },
      ],
    });
    expect(
      sheetSections(registry.getGroups()).map((s) => [s.section, s.shortcuts.map((x) => x.keys)]),
    ).toEqual([
      ['Anywhere', ['g o', '?']],
      ['Transcript', ['/', 'Shift+Enter']],
    ]);
  });
});
