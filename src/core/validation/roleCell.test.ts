import type { ActionItem, ActionTable } from '../schema/report';
import { roleCell } from './roleCell';

describe('roleCell', () => {
  const table = { columns: { action: 'B', status: 'E' } } as Pick<ActionTable, 'columns'> as ActionTable;
  const item = (cells: ActionItem['cells']) => ({ row: 12, cells }) as Pick<ActionItem, 'row' | 'cells'> as ActionItem;

  it('takes the cell detection recorded (a card layout puts it anywhere)', () => {
    expect(roleCell(table, item({ status: 'C14' }), 'status')).toBe('C14');
  });

  it('falls back to the role column on the item row, and to null without such a column', () => {
    expect(roleCell(table, item({}), 'status')).toBe('E12');
    expect(roleCell(table, item({}), 'owner')).toBeNull();
  });
});
