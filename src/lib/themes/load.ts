/**
 * Reads and validates content/themes.json for scripts and tests (pages use the `themes`
 * collection instead). Node-only: it touches the file system.
 */
import { readFileSync } from 'node:fs';
import { themeFileSchema, type ThemeFile } from '../../schemas/theme.ts';
import { curatedDir } from '../corpus-dirs.ts';

export const themesPath = `${curatedDir}/themes.json`;

export function loadThemeFile(path = themesPath): ThemeFile {
  return themeFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
