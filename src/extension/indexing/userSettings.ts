import * as vscode from 'vscode';
import type { RuleSeverity, UserSettings } from '../../core/settings';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

/** Reads the user's `reqdesk.*` configuration, dropping values of the wrong shape rather than failing. */
export function readUserSettings(): UserSettings {
  const config = vscode.workspace.getConfiguration('reqdesk');
  const rules = Object.fromEntries(
    Object.entries(config.get<Record<string, unknown>>('rules') ?? {}).filter((e): e is [string, RuleSeverity] => SEVERITIES.includes(String(e[1]))),
  );
  const globs = (key: string): string[] => (config.get<unknown[]>(key) ?? []).filter((g): g is string => typeof g === 'string' && g.length > 0);
  const mb = config.get<number>('maxFileSizeMB');
  return {
    rules,
    requirementGlobs: globs('files.requirements'),
    changeRequestGlobs: globs('files.changeRequests'),
    ...(typeof mb === 'number' && mb > 0 ? { maxFileBytes: Math.round(mb * 1024 * 1024) } : {}),
  };
}
