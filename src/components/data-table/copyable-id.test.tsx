import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { CopyableId } from './copyable-id';

const slug = '3f2a9c1e-77b4-4c1d-9a0e-5b6c7d8e9f00';

describe('CopyableId', () => {
  it('shows the first 8 characters, with the full value in the title and for screen readers', () => {
    renderWithProviders(<CopyableId value={slug} label="visitor slug" />);
    const text = screen.getByTitle(slug);
    expect(text).toHaveTextContent(`3f2a9c1e…${slug}`);
    expect(screen.getByText('3f2a9c1e…')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('copies the full value', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CopyableId value={slug} label="visitor slug" />);
    await user.click(screen.getByRole('button', { name: 'Copy visitor slug' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(slug);
    expect(screen.getByRole('button', { name: 'Copied visitor slug' })).toBeInTheDocument();
  });

  it('leaves short values whole', () => {
    renderWithProviders(<CopyableId value="abc" label="id" />);
    expect(screen.getByTitle('abc')).toHaveTextContent(/^abc$/);
  });
});
