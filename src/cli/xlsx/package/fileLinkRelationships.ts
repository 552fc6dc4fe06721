/** The relationships a generated sheet's links to other files need: one external target each. */
import type { SheetPlan } from '../../../core';

/**
 * One relationship per file link, in the plan's order, with ids of their own (`rIdL1`…, apart from the
 * drawing's `rId1`) and the path written as a relative URI, each folder name percent-encoded.
 * @example fileLinkRelationships({ ...plan, fileLinks: [{ cell: 'A7', path: 'yksiköt/Koti hoito.xlsx', text: 'Koti hoito.xlsx' }] })
 * //=> [{ id: 'rIdL1', target: 'yksik%C3%B6t/Koti%20hoito.xlsx' }]
 */
export function fileLinkRelationships(plan: SheetPlan): { id: string; target: string }[] {
  return (plan.fileLinks ?? []).map((link, i) => ({
    id: `rIdL${i + 1}`,
    target: link.path.split('/').map(encodeURIComponent).join('/'),
  }));
}
