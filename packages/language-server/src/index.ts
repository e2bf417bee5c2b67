/** The LSP server over the editor core, for editors that talk LSP (Neovim, Zed, Helix, Sublime, …). */
export { LOG_PREFIX, SERVER_NAME, SETTINGS_SECTION, startServer } from './server';
export { loadParser } from './typescript';
export type { Parser } from './typescript';
