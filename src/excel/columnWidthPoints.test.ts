import { columnWidthPoints } from './columnWidthPoints';

describe('columnWidthPoints', () => {
  it("gives Excel's default column (8.43 characters) its default 48 points, and grows with the characters", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(columnWidthPoints(40)).toBeGreaterThan(columnWidthPoints(10) * 3);
  });
});
