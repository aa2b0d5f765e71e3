/** The desktop app, browser mode and the CLI must all find the same catalog. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFlag, resolveDataDir } from '../../../src/main/data-dir';

const home = '/home/ana';

describe('where the catalog lives', () => {
  it('uses --data-dir first, then STOCKPILOT_DATA_DIR', () => {
    const env = { STOCKPILOT_DATA_DIR: '/srv/shop' };
    expect(resolveDataDir({ flag: '/tmp/test-shop', env, home })).toBe('/tmp/test-shop');
    expect(resolveDataDir({ env, home })).toBe('/srv/shop');
    expect(resolveDataDir({ flag: 'relative/shop', env: {}, home })).toBe(resolve('relative/shop'));
  });

  it('defaults to each system\u2019s app data folder', () => {
    expect(resolveDataDir({ env: {}, platform: 'darwin', home })).toBe(join(home, 'Library', 'Application Support', 'Stockpilot'));
    expect(resolveDataDir({ env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, platform: 'win32', home })).toBe(
      join('C:\\Users\\ana\\AppData\\Roaming', 'Stockpilot'),
    );
    expect(resolveDataDir({ env: {}, platform: 'linux', home })).toBe(join(home, '.config', 'Stockpilot'));
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home })).toBe('/cfg/Stockpilot');
  });

  it('lets the desktop app supply its own app data folder', () => {
    expect(resolveDataDir({ env: {}, appDataBase: '/electron/appData' })).toBe('/electron/appData/Stockpilot');
  });

  it('finds --data-dir among other launch flags', () => {
    expect(dataDirFlag(['electron', '.', '--no-sandbox', '--data-dir', '/a'])).toBe('/a');
    expect(dataDirFlag(['electron', '--data-dir=/b'])).toBe('/b');
    expect(dataDirFlag(['electron', '.'])).toBeUndefined();
  });
});
