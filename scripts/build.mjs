// Bundles the extension and the CLI with esbuild. `--production` minifies and drops source maps;
// `--watch` rebuilds on change.
import process from 'node:process';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// The spreadsheet codec stays out of the extension's and the CLI's bundles: their `import('…/workbookCodec.js')`
// loads dist/workbook.js, a bundle of its own, when a spreadsheet command first runs.
const workbookCodecApart = {
  name: 'workbook-codec-apart',
  setup(build) {
    build.onResolve({ filter: /\/workbook\/workbookCodec\.js$/ }, () => ({ path: './workbook.js', external: true }));
  },
};
const frontEnd = { ...common, plugins: [workbookCodecApart], supported: { 'dynamic-import': false } };
// A webview's front end runs in a browser page. Its source map is inline: media/ ships whole in the .vsix, and the
// production build has none.
const webview = { ...common, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: production ? false : 'inline' };

const builds = [
  { ...frontEnd, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Parses YAML off the extension host's thread; loaded by path (new Worker), so it is a bundle of its own.
  { ...common, entryPoints: ['src/extension/indexing/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  // Finds ID mentions in code and tests off the extension host's thread (src/extension/trace/mentionSource.ts).
  { ...common, entryPoints: ['src/extension/trace/mentionWorker.ts'], outfile: 'dist/mentionWorker.js' },
  { ...frontEnd, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/workbook/workbookCodec.ts'], outfile: 'dist/workbook.js' },
  // The requirements table's front end (a page that src/extension/table/tableHtml.ts writes).
  { ...webview, entryPoints: ['src/webview/main.ts'], outfile: 'media/table.js' },
  // The Project Overview's front end (src/extension/project/overviewPanel.ts writes its page).
  { ...webview, entryPoints: ['src/webview/overview/overviewMain.ts'], outfile: 'media/overview.js' },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
