// Scripted answers to the multi-step inputs ReqDesk builds with vscode.window.createInputBox/createQuickPick
// (which showInputBox/showQuickPick stubs cannot reach: those have no Back button). The fakes replace the two
// factories on the vscode.window object the extension shares with the tests, play the user's part — type, pick,
// press Enter, Back or Escape — through the same events VS Code fires, and record what each step showed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

type Action =
  | { readonly type: 'input'; readonly values: readonly string[] }
  | { readonly type: 'pick'; readonly labels: readonly string[] }
  | { readonly type: 'back' }
  | { readonly type: 'escape' };

/** One step as the user saw it when it opened, and what validation said to each answer. */
export interface ShownStep {
  readonly kind: 'input' | 'pick';
  readonly title: string | undefined;
  /** "2/8" */
  readonly step: string;
  readonly back: boolean;
  readonly prompt: string | undefined;
  readonly placeholder: string | undefined;
  readonly value: string;
  /** Selectable items as `label` or `label — description`. */
  readonly items: readonly string[];
  /** Labels selected (many) or highlighted (one) when the step opened. */
  readonly selected: readonly string[];
  readonly validation: (string | undefined)[];
}

class FakeQuickInput {
  title: string | undefined;
  step: number | undefined;
  totalSteps: number | undefined;
  buttons: readonly vscode.QuickInputButton[] = [];
  ignoreFocusOut = false;
  enabled = true;
  busy = false;
  placeholder: string | undefined;
  prompt: string | undefined;
  value = '';
  password = false;
  validationMessage: string | vscode.InputBoxValidationMessage | undefined;
  items: readonly vscode.QuickPickItem[] = [];
  selectedItems: readonly vscode.QuickPickItem[] = [];
  activeItems: readonly vscode.QuickPickItem[] = [];
  canSelectMany = false;
  matchOnDescription = false;
  matchOnDetail = false;
  disposed = false;
  private hidden = false;
  private readonly accepted = new vscode.EventEmitter<void>();
  private readonly hid = new vscode.EventEmitter<void>();
  private readonly triggered = new vscode.EventEmitter<vscode.QuickInputButton>();
  private readonly valueChanged = new vscode.EventEmitter<string>();
  private readonly selectionChanged = new vscode.EventEmitter<readonly vscode.QuickPickItem[]>();
  private readonly activeChanged = new vscode.EventEmitter<readonly vscode.QuickPickItem[]>();
  readonly onDidAccept = this.accepted.event;
  readonly onDidHide = this.hid.event;
  readonly onDidTriggerButton = this.triggered.event;
  readonly onDidChangeValue = this.valueChanged.event;
  readonly onDidChangeSelection = this.selectionChanged.event;
  readonly onDidChangeActive = this.activeChanged.event;
  readonly onDidTriggerItemButton = new vscode.EventEmitter<unknown>().event;

  constructor(readonly kind: 'input' | 'pick', private readonly script: ScriptedQuickInputs) {}

  show(): void {
    // As in VS Code, the user acts after show() returns and the listeners are in place.
    setTimeout(() => this.script.play(this), 0);
  }

  hide(): void {
    if (!this.hidden) {
      this.hidden = true;
      this.hid.fire();
    }
  }

  dispose(): void {
    this.hide();
    this.disposed = true;
  }

  typeAndEnter(value: string): void {
    this.value = value;
    this.valueChanged.fire(value);
    this.accepted.fire();
  }

  pickAndEnter(items: readonly vscode.QuickPickItem[]): void {
    this.activeItems = items;
    this.selectedItems = items;
    this.activeChanged.fire(items);
    this.selectionChanged.fire(items);
    this.accepted.fire();
  }

  pressBack(): void {
    this.triggered.fire(vscode.QuickInputButtons.Back);
  }

  message(): string | undefined {
    const message = this.validationMessage;
    return typeof message === 'object' ? message.message : message;
  }
}

export class ScriptedQuickInputs {
  readonly shown: ShownStep[] = [];
  private readonly actions: Action[] = [];
  private readonly unexpected: string[] = [];
  private readonly originals: { createInputBox: unknown; createQuickPick: unknown };

  constructor() {
    const window = vscode.window as unknown as Record<'createInputBox' | 'createQuickPick', unknown>;
    this.originals = { createInputBox: window.createInputBox, createQuickPick: window.createQuickPick };
    window.createInputBox = () => new FakeQuickInput('input', this);
    window.createQuickPick = () => new FakeQuickInput('pick', this);
  }

  /** The next input box: the user types each value and presses Enter, until one is accepted (none: Escape). */
  input(...values: string[]): this {
    this.actions.push({ type: 'input', values });
    return this;
  }

  /** The next quick pick: the user selects the items with these labels and presses Enter. */
  pick(...labels: string[]): this {
    this.actions.push({ type: 'pick', labels });
    return this;
  }

  back(): this {
    this.actions.push({ type: 'back' });
    return this;
  }

  escape(): this {
    this.actions.push({ type: 'escape' });
    return this;
  }

  /** Fails when a step opened that the test did not script, or a scripted action was never reached. */
  assertAllAnswered(): void {
    assert.deepEqual(this.unexpected, [], 'steps without a scripted action');
    assert.deepEqual(this.actions, [], 'scripted actions that no step reached');
  }

  restore(): void {
    Object.assign(vscode.window, this.originals);
  }

  /** Called by a fake once it is shown. */
  play(input: FakeQuickInput): void {
    const items = input.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
    const shown: ShownStep = {
      kind: input.kind,
      title: input.title,
      step: `${input.step ?? '?'}/${input.totalSteps ?? '?'}`,
      back: input.buttons.includes(vscode.QuickInputButtons.Back),
      prompt: input.prompt,
      placeholder: input.placeholder,
      value: input.value,
      items: items.map((i) => (i.description ? `${i.label} — ${i.description}` : i.label)),
      selected: (input.canSelectMany ? input.selectedItems : input.activeItems).map((i) => i.label),
      validation: [],
    };
    this.shown.push(shown);
    const action = this.actions.shift();
    if (!action) {
      this.unexpected.push(`${input.kind} "${input.title ?? ''}" step ${shown.step}`);
      input.hide();
      return;
    }
    switch (action.type) {
      case 'back':
        input.pressBack();
        return;
      case 'escape':
        input.hide();
        return;
      case 'input':
        for (const value of action.values) {
          input.typeAndEnter(value);
          shown.validation.push(input.disposed ? undefined : input.message());
          if (input.disposed) {
            return;
          }
        }
        input.hide();
        return;
      case 'pick': {
        const picked = items.filter((i) => action.labels.includes(i.label));
        if (picked.length !== action.labels.length) {
          // Not an assertion: this runs in a timer, where a throw would not reach the test.
          this.unexpected.push(`step ${shown.step} offers ${items.map((i) => `"${i.label}"`).join(', ')}, not all of ${action.labels.join(', ')}`);
          input.hide();
          return;
        }
        input.pickAndEnter(picked);
        if (!input.disposed) {
          shown.validation.push(input.placeholder);
          input.hide();
        }
        return;
      }
    }
  }
}
