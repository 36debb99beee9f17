import { describe, expect, it } from 'vitest';
import { worstTurnIndex } from './worst-turn';

const turn = (is_flagged: boolean, severity = '') => ({ is_flagged, severity });

describe('worstTurnIndex', () => {
  it('picks the flagged turn with the highest severity', () => {
    expect(worstTurnIndex([turn(true, 'low'), turn(false), turn(true, 'critical'), turn(true, 'high')])).toBe(
      2,
    );
  });

  it('takes the earliest of equally bad turns', () => {
    expect(worstTurnIndex([turn(false), turn(true, 'high'), turn(true, 'high')])).toBe(1);
  });

  it('ranks severities by order, not by their words, and unknown words as none', () => {
    expect(worstTurnIndex([turn(true, 'medium'), turn(true, 'High'), turn(true, 'bogus')])).toBe(1);
    expect(worstTurnIndex([turn(true, ''), turn(true, 'bogus')])).toBe(0);
  });

  it('ignores a severity on a turn that is not flagged', () => {
    expect(worstTurnIndex([turn(false, 'critical'), turn(true, 'low')])).toBe(1);
  });

  it('is -1 without flagged turns', () => {
    expect(worstTurnIndex([])).toBe(-1);
    expect(worstTurnIndex([turn(false), turn(false, 'high')])).toBe(-1);
  });
});
