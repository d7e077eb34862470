import type { FieldValue } from '../core/edit/fieldEditPlan';
import { isListField, type RequirementField } from '../core/model';
import { singleLine } from './cliText';

/** The value as typed on the command line; list fields take comma-separated items ("a, b" → [a, b]). */
export function parseFieldValue(field: RequirementField, text: string): FieldValue {
  return isListField(field) ? text.split(',').map((item) => item.trim()).filter((item) => item !== '') : text;
}

/** A value as shown in a message: lists comma-separated, long text shortened, an absent value as (none). */
export function showValue(value: FieldValue | undefined): string {
  if (value === undefined) {
    return '(none)';
  }
  const text = singleLine(typeof value === 'string' ? value : value.join(', '));
  if (text === '') {
    return typeof value === 'string' ? "''" : '[]';
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
