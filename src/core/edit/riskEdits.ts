import { localized } from '../messages';
import { RISK_FIELDS, type RiskData, type RiskField } from '../risks/risk';
import { asRecord, asString } from '../values';
import { EDIT_MESSAGES } from './editMessages';
import { editText, type EditSource } from './editSource';
import type { EditResult } from './textEdit';
import { appendToSequenceIn, setValueIn, type YamlEditOptions } from './yamlEdits';

/**
 * Edits of a risk register (`*.risks.yaml`), format-preserving like every core edit: comments, quoting and
 * layout kept, new lines laid out like their neighbours.
 */

/** A risk as the index read it: its position in `risks:` and its ID, checked in the text edited. */
export interface RiskItem {
  readonly index: number;
  readonly id: string;
}

/** New keys land in the schema's order (owner after impact, review_on after status); links in the examples' flow style. */
const RISK_OPTIONS: YamlEditOptions = { keyOrder: RISK_FIELDS, styles: { risks: 'block', links: 'flow', description: 'folded' } };

/**
 * Sets one field of the risk at `item.index`. A risk is named by its position, like a requirement's quick
 * fix: an index a few keystrokes behind the buffer, or a duplicated ID, refuses rather than editing another risk.
 */
export function setRiskField(text: string, item: RiskItem, field: Exclude<RiskField, 'links' | 'probability' | 'impact'>, value: string): EditResult {
  return editText(text, (source) => {
    const risks = risksIn(source);
    if (asString(asRecord(risks[item.index])?.id) !== item.id) {
      return { ok: false, refusal: localized(EDIT_MESSAGES.itemChanged, item.index + 1, 'risks', item.id) };
    }
    return setValueIn(source, ['risks', item.index, field], value, RISK_OPTIONS);
  });
}

/** Appends a risk to `risks:` (made when the file has none), its fields in the schema's order, laid out like the risks already there. */
export function appendRisk(text: string, risk: RiskData): EditResult {
  return editText(text, (source) => {
    if (risk.id !== undefined && risksIn(source).some((r) => asString(asRecord(r)?.id) === risk.id)) {
      return { ok: false, refusal: localized(EDIT_MESSAGES.riskExists, risk.id) };
    }
    const item: Record<string, string | number | readonly string[]> = {};
    for (const field of RISK_FIELDS) {
      const value = risk[field];
      if (value !== undefined) {
        item[field] = value;
      }
    }
    return appendToSequenceIn(source, ['risks'], item, { ...RISK_OPTIONS, keyOrder: ['risks'] });
  });
}

function risksIn(source: EditSource): unknown[] {
  const risks = asRecord(source.value)?.risks;
  return Array.isArray(risks) ? risks : [];
}
