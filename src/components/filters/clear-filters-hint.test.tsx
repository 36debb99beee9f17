import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ClearFiltersHint } from './clear-filters-hint';

describe('ClearFiltersHint', () => {
  it('follows the advice with a button that clears every filter', async () => {
    const onClearAll = vi.fn();
    render(<ClearFiltersHint onClearAll={onClearAll}>Widen the range.</ClearFiltersHint>);
    expect(screen.getByText('Widen the range.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onClearAll).toHaveBeenCalledOnce();
  });
});
