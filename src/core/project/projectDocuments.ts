import type { ProjectSettings } from '../settings';
import type { DocumentState, SourcePlace } from './projectState';
import { documentPath } from './settingsPlaces';

/**
 * The project's documents, in the file's order. Whether one exists is what a front end found on disk
 * (WorkspaceIndex.setPresentDocuments), as for the document-missing rule; until one looked, every one counts as existing.
 * `placeOf` places each in reqdesk.yaml.
 */
export function projectDocuments(
  settings: ProjectSettings,
  present: ReadonlySet<string> | undefined,
  placeOf: (path: string) => SourcePlace | undefined,
): DocumentState[] {
  return (settings.project?.documents ?? []).map((document, i) => ({
    path: document.path,
    title: document.title,
    version: document.version,
    exists: present === undefined || present.has(document.path),
    place: placeOf(documentPath(i)),
  }));
}
