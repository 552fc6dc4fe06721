import type { SheetPlan } from '../core';
import { placePlans } from './placePlans';

const plan = (kind: SheetPlan['kind'], name: string): SheetPlan => ({
  kind,
  name,
  values: [],
  formats: [],
  conditionalFormats: [],
  links: [],
  columnWidths: [],
});
const summary = plan('summary', 'Yhteenveto');
const budget = plan('budget', 'Budjettivertailu');

describe('placePlans', () => {
  it("leaves a user's own 'Yhteenveto' its name and gives the generated sheet the next free one", () => {
    const { placements, leftovers } = placePlans([summary], [{ name: 'Yhteenveto', kind: null }]);
    expect(placements).toEqual([
      { plan: summary, proving: 'Yhteenveto (3)', temp: 'Yhteenveto (2)', final: 'Yhteenveto (2)', old: null, oldPosition: -1 },
    ]);
    expect(leftovers).toEqual([]);
  });

  it("writes first on a sheet of a free name, then rewrites the tool's earlier sheet where it stands, keeping its name", () => {
    const sheets = [
      { name: 'Toimenpiteet', kind: null },
      { name: 'Yhteenveto', kind: 'summary' as const },
    ];
    const { placements } = placePlans([summary], sheets);
    expect(placements[0]).toMatchObject({ temp: 'Yhteenveto (2)', final: 'Yhteenveto', old: 'Yhteenveto', oldPosition: 1 });
  });

  it("gives the plan its own name back when the tool's earlier sheet had to take another", () => {
    const sheets = [{ name: 'Yhteenveto (2)', kind: 'summary' as const }];
    // The new sheet stands beside the earlier one while that is renamed back, so it takes neither name.
    expect(placePlans([summary], sheets).placements[0]).toMatchObject({
      proving: 'Yhteenveto (4)',
      temp: 'Yhteenveto (3)',
      final: 'Yhteenveto',
      old: 'Yhteenveto (2)',
    });
  });

  it('deletes the extra earlier sheets of a kind written, and keeps those of a kind not written', () => {
    const sheets = [
      { name: 'Yhteenveto', kind: 'summary' as const },
      { name: 'Yhteenveto (3)', kind: 'summary' as const },
      { name: 'Budjettivertailu', kind: 'budget' as const },
    ];
    expect(placePlans([summary], sheets).leftovers).toEqual(['Yhteenveto (3)']);
    expect(placePlans([summary, budget], sheets).leftovers).toEqual(['Yhteenveto (3)']);
  });

  it('gives two plans of the same name distinct names', () => {
    const { placements } = placePlans([summary, plan('budget', 'Yhteenveto')], []);
    expect(placements.map((p) => [p.temp, p.final])).toEqual([
      ['Yhteenveto', 'Yhteenveto'],
      ['Yhteenveto (2)', 'Yhteenveto (2)'],
    ]);
    // No name is used twice, whatever its role.
    const names = placements.flatMap((p) => [p.proving, p.temp]);
    expect(new Set(names).size).toBe(names.length);
  });
});
