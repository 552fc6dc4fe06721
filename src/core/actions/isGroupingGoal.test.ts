import { isGroupingGoal } from './isGroupingGoal';

describe('isGroupingGoal', () => {
  it("takes a goal column left of the action for one that groups the actions (seed 002's template)", () => {
    expect(isGroupingGoal({ goal: 1, action: 2, schedule: 3, owner: 4, metric: 5 })).toBe(true);
  });

  it("takes a goal right of the action for each action's own, and needs both columns", () => {
    expect(isGroupingGoal({ number: 1, action: 2, goal: 3 })).toBe(false);
    expect(isGroupingGoal({ goal: 1, schedule: 2 })).toBe(false);
    expect(isGroupingGoal({ action: 1 })).toBe(false);
  });
});
