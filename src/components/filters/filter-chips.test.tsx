import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilterChips } from './filter-chips';

const CHIPS = [
  { id: 'created', label: 'Created', value: '1–2 Aug', keys: ['created_after', 'created_before'] },
  { id: 'query', label: 'Search', value: '“gpu”', keys: ['query'] },
];

describe('FilterChips', () => {
  it('removes a chip with the patch that unsets all its keys', async () => {
    const onRemove = vi.fn();
    render(<FilterChips chips={CHIPS} onRemove={onRemove} onClearAll={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Created: 1–2 Aug' }));
    expect(onRemove).toHaveBeenCalledExactlyOnceWith({ created_after: undefined, created_before: undefined });
  });

  it('renders nothing without chips', () => {
    render(<FilterChips chips={[]} onRemove={() => {}} onClearAll={() => {}} />);
    expect(screen.queryByRole('group', { name: 'Active filters' })).toBeNull();
  });
});
