/** What a webview page may call on its host: VS Code injects `acquireVsCodeApi`, which a page may call once. */
export interface VsCodeApi<Message, State> {
  postMessage(message: Message): void;
  getState(): unknown;
  setState(state: State): void;
}

declare function acquireVsCodeApi<Message, State>(): VsCodeApi<Message, State>;

/** The page's one handle on its host, typed by the messages it posts and the state it keeps. */
export function vsCodeApi<Message, State>(): VsCodeApi<Message, State> {
  return acquireVsCodeApi<Message, State>();
}
