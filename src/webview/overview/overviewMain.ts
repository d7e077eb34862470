import type { ProjectState, SourcePlace } from '../../core/project/projectState';
import type { OverviewHostMessage, OverviewWebviewMessage } from '../../shared/overviewProtocol';
import { element } from '../dom';
import { setStrings, t } from '../strings';
import { vsCodeApi } from '../vscodeApi';
import { changesSection, headerSection, milestonesSection, overdueSection, type ProjectChoice, recordsSection, risksSection } from './overviewSections';
import { assertNever } from '../../shared/assertNever';

const vscode = vsCodeApi<OverviewWebviewMessage, never>();

/**
 * The Project Overview's page: draws the project state the host posts, whole, each time (a few hundred nodes at
 * most, so there is nothing to gain from patching). Items post `open` with their place, the project picker
 * `chooseProject` with its choice; nothing else leaves.
 */
class OverviewPage {
  constructor(private readonly root: HTMLElement) {
    window.addEventListener('message', (event: MessageEvent<OverviewHostMessage>) => this.receive(event.data));
    vscode.postMessage({ type: 'ready' });
  }

  private receive(message: OverviewHostMessage): void {
    switch (message.type) {
      case 'state':
        setStrings(message.strings, message.locale);
        this.draw(message.state, new Set(message.doneStatuses), {
          projects: message.projects, chosen: message.project, choose: (key) => vscode.postMessage({ type: 'chooseProject', key }),
        });
        // After the next frame, as the table does: what is measured is the state painted, not only built.
        requestAnimationFrame(() => setTimeout(() => vscode.postMessage({ type: 'rendered', asOf: message.state.asOf })));
        return;
      default:
        return assertNever(message.type);
    }
  }

  private draw(state: ProjectState, doneStatuses: ReadonlySet<string>, choice: ProjectChoice): void {
    // Redrawing must not lose the keyboard user's place: focus returns to the same control when it still exists.
    const focused = document.activeElement instanceof HTMLElement ? focusKey(document.activeElement) : undefined;
    const open = (place: SourcePlace): void => vscode.postMessage({ type: 'open', file: place.file, line: place.line });
    const main = element('main', { attributes: { 'aria-label': t('overviewLabel') } },
      headerSection(state.header, state.asOf, doneStatuses, open, choice),
      element('div', { className: 'columns' },
        milestonesSection(state.milestones, state.changes.budget?.currency, doneStatuses, open),
        overdueSection(state, open),
        changesSection(state.changes, open),
        risksSection(state.risks, open),
        recordsSection(state.recentRecords, open)));
    this.root.replaceChildren(main);
    if (focused) {
      [...this.root.querySelectorAll<HTMLElement>('button, select')].find((b) => focusKey(b) === focused)?.focus();
    }
  }
}

/** A control's identity across redraws: its section and label. */
function focusKey(node: HTMLElement): string {
  return `${node.closest('section')?.className ?? ''}|${node.getAttribute('aria-label') ?? ''}`;
}


const root = document.getElementById('app');
if (root) {
  new OverviewPage(root);
}
