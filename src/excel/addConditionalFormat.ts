/** A plan's formula rules as Excel conditional formats, first rule deciding. */
import type { PlanConditionalFormat } from '../core';

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * Queues one custom conditional format per rule on `range`. Office.js puts each new format at the top of the priority list,
 * so the rules are added last to first and the plan's first rule ends on top; `stopIfTrue` (ExcelApi 1.6, the add-in's
 * minimum) keeps lower rules from also applying. What it sends is `conditionalFormatBytes(format)`.
 * @example addConditionalFormat(sheet.getRange('E6:E40'), planStatusColouring(report)[0].format)
 */
export function addConditionalFormat(range: Excel.Range, format: PlanConditionalFormat): void {
  for (const rule of [...format.rules].reverse()) {
    const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = rule.formula;
    if (rule.fill) cf.custom.format.fill.color = rule.fill;
    if (rule.fontColor) cf.custom.format.font.color = rule.fontColor;
    if (rule.strike !== undefined) cf.custom.format.font.strikethrough = rule.strike;
    if (rule.outline) {
      for (const edge of EDGES) {
        const border = cf.custom.format.borders.getItem(edge);
        border.style = 'Continuous';
        border.color = rule.outline;
      }
    }
    cf.stopIfTrue = rule.stopIfTrue;
  }
}
