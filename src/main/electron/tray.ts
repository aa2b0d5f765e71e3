/**
 * The system tray icon: a way back to the window and out of the app. It holds no logic;
 * later features add their own entries (e.g. "Push pending now") through setExtraItems.
 */
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';

export interface TrayActions {
  open(): void;
  quit(): void;
}

export class AppTray {
  readonly #tray: Tray;
  readonly #actions: TrayActions;
  #extraItems: MenuItemConstructorOptions[] = [];

  constructor(iconPath: string, actions: TrayActions) {
    this.#actions = actions;
    const icon = nativeImage.createFromPath(iconPath);
    // On macOS a "Template" image follows the menu bar's light or dark look.
    if (process.platform === 'darwin') icon.setTemplateImage(true);
    this.#tray = new Tray(icon);
    this.#tray.setToolTip('Stockpilot');
    this.#tray.on('click', () => actions.open());
    this.#render();
  }

  /** Entries shown between Open and Quit, replaced as a whole when app state changes. */
  setExtraItems(items: MenuItemConstructorOptions[]): void {
    this.#extraItems = items;
    this.#render();
  }

  /** What hovering the icon says (e.g. the stock push's pending count). */
  setToolTip(text: string): void {
    this.#tray.setToolTip(text);
  }

  destroy(): void {
    this.#tray.destroy();
  }

  #render(): void {
    const menu = Menu.buildFromTemplate([
      { label: 'Open Stockpilot', click: () => this.#actions.open() },
      ...(this.#extraItems.length > 0 ? [{ type: 'separator' as const }, ...this.#extraItems] : []),
      { type: 'separator' },
      { label: 'Quit Stockpilot', click: () => this.#actions.quit() },
    ]);
    this.#tray.setContextMenu(menu);
  }
}
