import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import type { MentionLookup } from '../../core/trace/mentions';
import { IdCompletionProvider } from './idCompletionProvider';
import { RequirementDefinitionProvider } from './requirementDefinitionProvider';
import { RequirementHoverProvider } from './requirementHoverProvider';
import { RequirementReferenceProvider } from './requirementReferenceProvider';

/**
 * Requirement, change-request and risk IDs mentioned anywhere (YAML, Markdown, comments in any language). Every language, because IDs
 * live in comments of whatever the project is written in; the providers answer only for IDs the index knows.
 */
const SELECTOR: vscode.DocumentSelector = ['file', 'vscode-remote', 'vscode-vfs', 'untitled'].map((scheme) => ({ scheme }));

export function registerLanguageFeatures(index: IndexView, changes: IndexChanges, mentions: MentionLookup): vscode.Disposable {
  const completion = new IdCompletionProvider(index, changes);
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider(SELECTOR, new RequirementHoverProvider(index, mentions)),
    vscode.languages.registerDefinitionProvider(SELECTOR, new RequirementDefinitionProvider(index)),
    vscode.languages.registerReferenceProvider(SELECTOR, new RequirementReferenceProvider(index)),
    completion,
    vscode.languages.registerCompletionItemProvider(SELECTOR, completion, '-'),
  );
}
