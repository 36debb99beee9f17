import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResultCount } from './result-count';

describe('ResultCount', () => {
  it('counts the whole list, or what matches the filters, and announces it', () => {
    const { rerender } = render(<ResultCount total={1204} noun="turn" filtered={false} />);
    expect(screen.getByText('1,204 turns in total')).toHaveAttribute('aria-live', 'polite');
    rerender(<ResultCount total={12} noun="turn" filtered />);
    expect(screen.getByText('12 turns match')).toBeInTheDocument();
    rerender(
      <ResultCount total={1} noun="turn" filtered>
        <span> · a hint</span>
      </ResultCount>,
    );
    expect(screen.getByText('1 turn matches')).toHaveTextContent('1 turn matches · a hint');
    rerender(<ResultCount total={12} of={297} noun="visitor" filtered />);
    expect(screen.getByText('12 of 297 visitors match')).toBeInTheDocument();
  });
});
