import type { CanonicalStatus } from '../schema/report';
import { CANONICAL_STATUSES } from '../schema/vocabulary';
import { isOverdue } from './isOverdue';
import { parseSchedule } from './parseSchedule';

const schedule = (text: string) => {
  const { start, end } = parseSchedule(text);
  return { text, start, end };
};

describe('isOverdue', () => {
  const autumn2024 = schedule('Syksy 2024'); // ends 2024-12-31

  it('flags an open item whose schedule ended before the as-of date', () => {
    expect(isOverdue(autumn2024, 'in_progress', '2025-01-01')).toBe(true);
    expect(isOverdue(schedule('9-12/24 mennessä'), 'not_started', '2025-03-15')).toBe(true);
  });

  it('does not flag an item whose schedule ends on the as-of day itself', () => {
    expect(isOverdue(autumn2024, 'in_progress', '2024-12-31')).toBe(false);
  });

  it('flags a partial item whose time is up, but not done, removed or suspended ones', () => {
    const closed = new Set<CanonicalStatus>(['done', 'removed', 'suspended']);
    for (const status of CANONICAL_STATUSES) {
      expect([status, isOverdue(autumn2024, status, '2025-06-30')]).toEqual([status, !closed.has(status)]);
    }
  });

  it('never flags an open-ended, dateless or missing schedule', () => {
    expect(isOverdue(schedule('2021 →'), 'in_progress', '2030-01-01')).toBe(false);
    expect(isOverdue(schedule('Alkaen syyskuu 2021 jatkuvaa toimintaa'), 'not_done', '2030-01-01')).toBe(false);
    expect(isOverdue(schedule('tehty'), 'unknown', '2030-01-01')).toBe(false);
    expect(isOverdue(null, 'missing', '2030-01-01')).toBe(false);
  });

  it('judges a spring item by the end of May', () => {
    const spring = schedule('Kevät 2021');
    expect(isOverdue(spring, 'in_progress', '2021-05-31')).toBe(false);
    expect(isOverdue(spring, 'in_progress', '2021-06-01')).toBe(true);
  });
});
