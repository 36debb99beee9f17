import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Segmented } from './segmented';

describe('Segmented', () => {
  it('is a group named by its label, whose buttons say which one is pressed', () => {
    render(
      <Segmented aria-label="Time zone" size="small">
        <button type="button" aria-pressed>
          UTC
        </button>
        <button type="button" aria-pressed={false}>
          Local
        </button>
      </Segmented>,
    );
    const group = screen.getByRole('group', { name: 'Time zone' });
    expect(group).toContainElement(screen.getByRole('button', { name: 'UTC', pressed: true }));
    expect(group).toContainElement(screen.getByRole('button', { name: 'Local', pressed: false }));
  });

  it('can be named by a visible label elsewhere', () => {
    render(
      <>
        <span id="days-label">Days shown</span>
        <Segmented aria-labelledby="days-label">
          <button type="button" aria-pressed>
            7 d
          </button>
        </Segmented>
      </>,
    );
    expect(screen.getByRole('group', { name: 'Days shown' })).toBeInTheDocument();
  });
});
