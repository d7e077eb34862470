import { fileKindOf } from '../fileKind';
import type { IndexView } from '../indexView';

/**
 * Which reqdesk.yaml a project state is of: its index key, or undefined for a workspace without one (then every
 * file belongs to it). In a multi-root workspace each workspace folder's reqdesk.yaml is a project of its own.
 */
export type SettingsScope = string | undefined;

/** The settings files of the index, in key order: one project each. Without any, the one scope undefined. */
export function settingsScopes(index: Pick<IndexView, 'files'>): SettingsScope[] {
  const files = [...index.files()].filter((file) => fileKindOf(file) === 'settings').sort();
  return files.length === 0 ? [undefined] : files;
}

/**
 * Whether a file belongs to the scope's project: the settings that apply to it are the scope's (settingsFor
 * resolves one object per reqdesk.yaml, so identity says which). Files outside every reqdesk.yaml belong to none
 * unless there is none at all.
 */
export function inScope(index: Pick<IndexView, 'settingsFor'>, scope: SettingsScope): (file: string) => boolean {
  if (scope === undefined) {
    return () => true;
  }
  const settings = index.settingsFor(scope);
  return (file) => index.settingsFor(file) === settings;
}
