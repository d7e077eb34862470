import { DEFAULT_STYLES } from '../edit/requirementEdits';
import { itemLines, pairLines, type RenderOptions } from '../edit/valueText';
import type { YamlValue } from '../edit/yamlValue';
import { DOCUMENT_FIELDS, EXTRA_KEY, REQUIREMENT_FIELDS } from '../model';
import type { ImportPlan } from './importPlan';

/** New files are laid out as examples/requirements/ are: two-space indents, dashes under their key indented. */
const RENDER: RenderOptions = { layout: { eol: '\n', indent: 2, sequenceIndent: 2, itemIndent: 2 }, styles: { ...DEFAULT_STYLES, [EXTRA_KEY]: 'block' } };

/** The text of the new `*.req.yaml`: the document header, then each requirement's fields in field order, `extra` last. */
export function importedFileText(plan: ImportPlan): string {
  const header: Record<string, YamlValue> = {};
  for (const field of DOCUMENT_FIELDS) {
    const value = plan.header[field];
    if (value !== undefined) {
      header[field] = value;
    }
  }
  const items = plan.requirements.map((requirement) => {
    const item: Record<string, YamlValue> = {};
    for (const field of REQUIREMENT_FIELDS) {
      const value = requirement.data[field];
      if (value !== undefined) {
        item[field] = value;
      }
    }
    if (Object.keys(requirement.extra).length > 0) {
      item[EXTRA_KEY] = requirement.extra;
    }
    return item;
  });
  const lines = [
    ...pairLines('document', header, 0, RENDER),
    ...(items.length === 0 ? ['requirements: []'] : ['requirements:', ...items.flatMap((item) => itemLines(item, 2, RENDER))]),
  ];
  return `${lines.join('\n')}\n`;
}
