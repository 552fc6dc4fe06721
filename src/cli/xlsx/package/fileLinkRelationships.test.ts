import type { SheetPlan } from '../../../core';
import { fileLinkRelationships } from './fileLinkRelationships';

const plan: SheetPlan = {
  kind: 'consolidation',
  name: 'Koonti',
  values: [],
  formats: [],
  conditionalFormats: [],
  links: [],
  columnWidths: [],
};

describe('fileLinkRelationships', () => {
  it('gives each file link an id of its own and its path as a relative URI', () => {
    const fileLinks = [
      { cell: 'A7', path: 'yksiköt/Koti hoito.xlsx', text: 'Koti hoito.xlsx' },
      { cell: 'A8', path: '../muut/#1.xlsx', text: '#1.xlsx' },
    ];
    expect(fileLinkRelationships({ ...plan, fileLinks })).toEqual([
      { id: 'rIdL1', target: 'yksik%C3%B6t/Koti%20hoito.xlsx' },
      { id: 'rIdL2', target: '../muut/%231.xlsx' },
    ]);
  });

  it('has none for a plan without file links', () => {
    expect(fileLinkRelationships(plan)).toEqual([]);
  });
});
