// @ts-check
// The floor of a reopen, as a minimal extension: the same workspace search ReqDesk makes (settings files, then the
// requirement, change-request, communication-record and risk-register globs of every folder, without node_modules
// and .git), a stat of every file found, 128 at a time, and the reading of a persisted index of the same size (ReqDesk's own index-cache chunks, copied
// into this extension's storage by the bench), split into its lines. Nothing is parsed, nothing is shown.
const vscode = require('vscode');

const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const STATS_IN_FLIGHT = 128;

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  const started = performance.now();
  const done = (async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const searches = await Promise.all([
      vscode.workspace.findFiles('**/reqdesk.yaml', EXCLUDE),
      ...folders.map((folder) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, '{**/*.req.yaml,**/*.req.yml,**/*.cr.yaml,**/*.cr.yml,notes/**/*.md,**/*.risks.yaml,**/*.risks.yml}'), EXCLUDE)),
    ]);
    const files = searches.flat();
    let next = 0;
    await Promise.all(Array.from({ length: STATS_IN_FLIGHT }, async () => {
      while (next < files.length) {
        await vscode.workspace.fs.stat(files[next++]);
      }
    }));
    let lines = 0;
    if (context.storageUri) {
      const cache = vscode.Uri.joinPath(context.storageUri, 'index-cache');
      const entries = await vscode.workspace.fs.readDirectory(cache);
      const decoder = new TextDecoder();
      await Promise.all(entries.map(async ([name]) => {
        const text = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(cache, name)));
        lines += text.split('\n').length - 1;
      }));
    }
    return { ms: performance.now() - started, files: files.length, cacheLines: lines };
  })();
  return { done };
}

module.exports = { activate };
