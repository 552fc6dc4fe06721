/** A plan's formula rule in ExcelJS's conditional-formatting shape. */
import type ExcelJS from 'exceljs';
import type { PlanConditionalRule } from '../../core/schema/sheetPlan';
import { argbOf } from './argbOf';

/**
 * An `expression` rule: the formula without its leading `=`, the style as a differential format
 * (a solid fill takes its colour from `bgColor` there, unlike a cell's own fill).
 * @example conditionalRuleToExcel({ formula: '=$C2="done"', fill: '#63BE7B', stopIfTrue: true }, 1).formulae //=> ['$C2="done"']
 */
export function conditionalRuleToExcel(rule: PlanConditionalRule, priority: number): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {};
  if (rule.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argbOf(rule.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (rule.fontColor) font.color = { argb: argbOf(rule.fontColor) };
  if (rule.strike) font.strike = true;
  if (Object.keys(font).length > 0) style.font = font;
  if (rule.outline) {
    const edge: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argbOf(rule.outline) } };
    style.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  return { type: 'expression', priority, formulae: [rule.formula.replace(/^=/, '')], style };
}
