import type { EditableField } from '../shared/protocol';
import { element } from './dom';
import { valueLabel } from '../shared/valueLabel';

export interface EditorRequest {
  readonly field: EditableField;
  readonly current: string;
  /** The vocabulary (status, priority) or the suggestions (owner); unused for the title. */
  readonly options: readonly string[];
  /** How options read (status and priority labels in the UI language); an option not listed reads as its value. */
  readonly labels: readonly (readonly [string, string])[];
  readonly label: string;
  /** Where the cell is, in the layer the editor goes in (it scrolls with the rows). */
  readonly box: { readonly top: number; readonly left: number; readonly width: number };
  readonly layer: HTMLElement;
  /** The user chose a value (only called when it differs from `current`). */
  commit(value: string): void;
  /** The editor closed (after a commit or not): focus goes back to the grid. */
  closed(): void;
}

/**
 * An editor over one cell: a dropdown for status and priority (the vocabulary, in its order), a text box with
 * suggestions for the owner (roster first; empty removes the owner) and a text box for the title.
 * Enter or a mouse pick commits, Escape cancels, leaving the cell commits a changed value (as a spreadsheet does).
 */
export function openCellEditor(request: EditorRequest): void {
  let done = false;
  const finish = (value: string | undefined): void => {
    if (done) {
      return;
    }
    done = true;
    wrapper.remove();
    if (value !== undefined && value !== request.current) {
      request.commit(value);
    }
    request.closed();
  };
  const control = request.field === 'status' || request.field === 'priority' ? selectControl(request, finish) : inputControl(request, finish);
  const wrapper = element('div', { className: 'cell-editor' }, ...control.nodes);
  wrapper.style.top = `${request.box.top}px`;
  wrapper.style.left = `${request.box.left}px`;
  wrapper.style.width = `${Math.max(request.box.width, 120)}px`;
  request.layer.append(wrapper);
  control.focus();
}

interface Control {
  readonly nodes: readonly Node[];
  focus(): void;
}

function selectControl(request: EditorRequest, finish: (value: string | undefined) => void): Control {
  const values = request.options.includes(request.current) || request.current === '' ? request.options : [request.current, ...request.options];
  const select = element('select', { attributes: { 'aria-label': request.label } },
    ...(request.current === '' ? [element('option', { text: '', attributes: { value: '' } })] : []),
    ...values.map((value) => element('option', { text: valueLabel(request.labels, value), attributes: { value } })));
  select.value = request.current;
  // Arrow keys on a closed dropdown change its value as they go: only Enter (or leaving) commits those.
  let stepping = false;
  select.addEventListener('keydown', (e) => {
    if (!commitKey(e, finish, select.value) && (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End')) {
      stepping = true;
    }
  });
  select.addEventListener('change', () => {
    if (!stepping) {
      finish(select.value);
    }
  });
  select.addEventListener('blur', () => finish(select.value));
  return {
    nodes: [select],
    focus: () => {
      select.focus();
      try {
        // Open the list at once (a user gesture started the edit); older engines keep it closed.
        select.showPicker();
      } catch {
        // showPicker needs a user activation; the dropdown still works with the keyboard.
      }
    },
  };
}

let datalistCounter = 0;

function inputControl(request: EditorRequest, finish: (value: string | undefined) => void): Control {
  const input = element('input', { attributes: { type: 'text', 'aria-label': request.label, spellcheck: 'false' } });
  input.value = request.current;
  const nodes: Node[] = [input];
  if (request.field === 'owner' && request.options.length > 0) {
    const id = `owners-${++datalistCounter}`;
    nodes.push(element('datalist', { attributes: { id } }, ...request.options.map((value) => element('option', { attributes: { value } }))));
    input.setAttribute('list', id);
  }
  input.addEventListener('keydown', (e) => commitKey(e, finish, input.value.trim()));
  input.addEventListener('blur', () => finish(input.value.trim()));
  return {
    nodes,
    focus: () => {
      input.focus();
      input.select();
    },
  };
}

/** Escape cancels, Enter commits `value`; either is kept from the grid's own keys. Says whether it was one of them. */
function commitKey(e: KeyboardEvent, finish: (value: string | undefined) => void, value: string): boolean {
  if (e.key !== 'Escape' && e.key !== 'Enter') {
    return false;
  }
  e.preventDefault();
  e.stopPropagation();
  finish(e.key === 'Enter' ? value : undefined);
  return true;
}
