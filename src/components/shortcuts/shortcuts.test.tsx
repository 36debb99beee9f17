import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { ShortcutProvider, useShortcuts } from './shortcuts';

function Page({ onNext, enabled = true }: { onNext: () => void; enabled?: boolean }) {
  useShortcuts('Lists', [{ keys: 'j', label: 'Next row', run: onNext }], { enabled });
  return (
    <>
      <label>
        Search <input type="search" />
      </label>
      <button type="button">Focusable</button>
    </>
  );
}

describe('ShortcutProvider', () => {
  it('runs page shortcuts, never while typing or with a modifier', async () => {
    const user = userEvent.setup();
    const onNext = vi.fn();
    renderWithProviders(
      <ShortcutProvider>
        <Page onNext={onNext} />
      </ShortcutProvider>,
    );
    await user.keyboard('j');
    expect(onNext).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}j{/Control}');
    expect(onNext).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('j');
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('searchbox')).toHaveValue('j');
  });

  it('opens one sheet with every registered section on ?, and closes it with Esc', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <ShortcutProvider>
        <Page onNext={() => {}} />
      </ShortcutProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Focusable' }));
    await user.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet).toHaveTextContent('Show the keyboard shortcuts');
    expect(screen.getByRole('region', { name: 'Lists' })).toHaveTextContent('jNext row');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does nothing without a provider, and forgets shortcuts when disabled', async () => {
    const user = userEvent.setup();
    const onNext = vi.fn();
    const { rerender } = renderWithProviders(<Page onNext={onNext} />);
    await user.keyboard('j');
    expect(onNext).not.toHaveBeenCalled();
    rerender(
      <ShortcutProvider>
        <Page onNext={onNext} enabled={false} />
      </ShortcutProvider>,
    );
    await act(async () => {
      await user.keyboard('j');
    });
    expect(onNext).not.toHaveBeenCalled();
  });
});
