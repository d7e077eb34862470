// @ts-check
// Puts extensions into a code-server extensions dir before start, without `--install-extension`.
import fs from 'node:fs';
import path from 'node:path';

/** The display languages the harness has a (minimal) language pack for. */
const LANGUAGE_PACKS = /** @type {Record<string, { folder: string, label: string }>} */ ({
  'zh-cn': { folder: path.resolve(import.meta.dirname, '../languagePackZhCn'), label: '中文(简体)' },
});

/** @param {string} extensionPath @returns {{ publisher: string, name: string, version: string }} */
function manifest(extensionPath) {
  return JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8'));
}

/**
 * Installs an extension folder by symlinking it as `<publisher>.<name>-<version>`, so a rebuild plus
 * "Developer: Reload Window" picks up the new bundle. Replaces links to other versions of the same extension.
 * @param {string} extensionsDir
 * @param {string} extensionPath
 */
export function linkExtension(extensionsDir, extensionPath) {
  const { publisher, name, version } = manifest(extensionPath);
  const folder = `${publisher}.${name}-${version}`;
  const target = path.resolve(extensionPath);
  const existing = path.join(extensionsDir, folder);
  if (fs.lstatSync(existing, { throwIfNoEntry: false })?.isSymbolicLink() && fs.readlinkSync(existing) === target) return;
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.toLowerCase().startsWith(`${publisher}.${name}-`.toLowerCase())) {
      fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
    }
  }
  fs.symlinkSync(target, existing, 'dir');
  // VS Code lists installed extensions in extensions.json once it has scanned the folder; without the file it
  // scans again, so a new or changed link is found. Other extensions in the folder are found the same way.
  fs.rmSync(path.join(extensionsDir, 'extensions.json'), { force: true });
}

/**
 * Makes the workbench show extensions' `package.nls.<locale>.json` strings (and `vscode.env.language` be the
 * locale in the extension host). `--locale` alone does not: VS Code 1.100 switches language only when a language
 * pack for it is installed AND listed in the user-data-dir's languagepacks.json, which `--install-extension` does
 * not write. The pack in languagePackZhCn/ declares zh-cn with empty translations, so VS Code's own UI stays English.
 * @param {string} locale a key of LANGUAGE_PACKS, or 'en' (VS Code's own language: nothing to install)
 * @param {string} userDataDir
 * @param {string} extensionsDir
 */
export function installLanguagePack(locale, userDataDir, extensionsDir) {
  if (locale === 'en') return;
  const known = LANGUAGE_PACKS[locale];
  if (!known) throw new Error(`no language pack for ${locale}; the harness has: ${Object.keys(LANGUAGE_PACKS).join(', ')}`);
  const pack = manifest(known.folder);
  const folder = path.join(extensionsDir, `${pack.publisher}.${pack.name}-${pack.version}`);
  fs.cpSync(known.folder, folder, { recursive: true });
  const languagePacks = {
    [locale]: {
      hash: `${pack.name}-${pack.version}`, // names VS Code's cache of the translations: any stable string
      extensions: [{ extensionIdentifier: { id: `${pack.publisher}.${pack.name}` }, version: pack.version }],
      translations: { vscode: path.join(folder, 'translations/main.i18n.json') },
      label: known.label,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(languagePacks, null, 2));
}
