import type { ProjectSettings } from './settings';

/**
 * What a status or priority is called in a display language. Files always keep the stored value (`in-progress`);
 * trees, the table, pickers, hovers and reports show its label: the project's own (reqdesk.yaml
 * `vocabulary.labels`, per language), else the built-in label of a default value, else the value itself.
 */

/** Labels by display language (VS Code's `vscode.env.language`, lower case) and value. */
export type VocabularyLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The default vocabularies in Simplified Chinese, as Chinese project teams write them in their requirement tables. */
const BUILT_IN: VocabularyLabels = {
  'zh-cn': {
    'new': '新建',
    'in-progress': '进行中',
    'done': '已完成',
    'accepted': '已验收',
    'rejected': '已拒绝',
    'deferred': '延期',
    'critical': '紧急',
    'high': '高',
    'medium': '中',
    'low': '低',
  },
};

/** The label of `value` in `language`; a language with a region falls back to its base (`zh-tw` → `zh`). */
export function vocabularyLabel(value: string, language: string, settings: Pick<ProjectSettings, 'vocabularyLabels'>): string {
  for (const tag of languageTags(language)) {
    const label = settings.vocabularyLabels[tag]?.[value] ?? BUILT_IN[tag]?.[value];
    if (label !== undefined) {
      return label;
    }
  }
  return value;
}

/** The value a label stands for (a picker's or an imported sheet's 进行中 → `in-progress`), among `values`. */
export function vocabularyValue(label: string, values: readonly string[], language: string, settings: Pick<ProjectSettings, 'vocabularyLabels'>): string | undefined {
  const wanted = label.trim().toLowerCase();
  return values.find((value) => value.toLowerCase() === wanted || vocabularyLabel(value, language, settings).toLowerCase() === wanted);
}

function languageTags(language: string): string[] {
  const tag = language.toLowerCase();
  const dash = tag.indexOf('-');
  return dash === -1 ? [tag] : [tag, tag.slice(0, dash)];
}

/** Every label table there is, the project's (per language) first, then the built-in ones: a sheet may be in any language. */
export function vocabularyLabelsOf(settings: Pick<ProjectSettings, 'vocabularyLabels'>): Readonly<Record<string, string>>[] {
  return [...Object.values(settings.vocabularyLabels), ...Object.values(BUILT_IN)];
}
