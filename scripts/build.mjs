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

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Parses YAML off the extension host's thread; loaded by path (new Worker), so it is a bundle of its own.
  { ...common, entryPoints: ['src/extension/indexing/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The requirements table's front end: runs in the webview (a browser page that src/extension/table/tableHtml.ts writes).
  // Its source map is inline: media/ ships whole in the .vsix, and the production build has none.
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'media/table.js', platform: 'browser', target: 'es2022', format: 'iife', sourcemap: production ? false : 'inline' },
];

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
