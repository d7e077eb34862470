import type { ProjectSettings } from '../settings';
import type { DocumentState } from './projectState';

/**
 * Whether a document of reqdesk.yaml `project.documents` exists: the core cannot look, so the front end that can
 * (the CLI on disk, the extension through the workspace's file system) answers for a path relative to the folder of
 * `settingsFile`.
 */
export type DocumentExists = (settingsFile: string, path: string) => boolean;

/** The project's documents, in the file's order; without a way to look, every one counts as existing. */
export function projectDocuments(settings: ProjectSettings, settingsFile: string | undefined, exists: DocumentExists | undefined): DocumentState[] {
  return (settings.project?.documents ?? []).map((document) => ({
    path: document.path,
    title: document.title,
    version: document.version,
    exists: settingsFile === undefined || exists === undefined || exists(settingsFile, document.path),
  }));
}
