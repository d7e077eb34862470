import { defineMessages, localized } from '../messages';
import { documentPathPath } from '../project/settingsPlaces';
import type { Rule } from './rule';

export const DOCUMENT_MISSING_MESSAGES = defineMessages({
  /** {0}: the path as written. */
  missing: "Document '{0}' does not exist (paths are relative to the folder of reqdesk.yaml).",
});

/**
 * Decided from what the front end found on disk (WorkspaceIndex.setPresentDocuments), as the core cannot look: a
 * workspace rule, so that a new answer re-runs it without re-reading reqdesk.yaml.
 */
export const documentMissingRule: Rule = {
  id: 'document-missing',
  defaultSeverity: 'warning',
  description: 'A document of project.documents in reqdesk.yaml does not exist.',
  scope: 'workspace',
  check: (file, context) => {
    const present = context.presentDocuments;
    if (present === undefined || file.kind !== 'settings') {
      return [];
    }
    return (context.settings.project?.documents ?? []).flatMap((document, i) => {
      const range = file.settingsPlaces?.[documentPathPath(i)];
      return present.has(document.path) || !range ? [] : [{ ...localized(DOCUMENT_MISSING_MESSAGES.missing, document.path), range }];
    });
  },
};
