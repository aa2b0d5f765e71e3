/** "SKU tools" on the products page: Check SKUs, and Regenerate SKUs for the products the list shows. */
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { SkuCheckDialog } from './sku-check-dialog';
import { SkuRegenerateDialog } from './sku-regenerate-dialog';
import './sync-tools.css';

type Tool = 'check' | 'regenerate';

/** ↑ and ↓ move between the menu's tools. */
function moveFocus(e: ReactKeyboardEvent<HTMLDivElement>) {
  const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
  if (step === 0) return;
  e.preventDefault();
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'));
  const next = (items.indexOf(document.activeElement as HTMLElement) + step + items.length) % items.length;
  items[next]?.focus();
}

export function SkuToolsMenu() {
  const [open, setOpen] = useState(false);
  const [tool, setTool] = useState<Tool | null>(null);
  const menu = useRef<HTMLDivElement>(null);

  // Opened, the first tool has the focus; a click elsewhere or Escape closes the menu.
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('mousedown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('mousedown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const choose = (chosen: Tool) => {
    setOpen(false);
    setTool(chosen);
  };

  return (
    <div className="menu-anchor" ref={menu}>
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="sku-tools">
        SKU tools ▾
      </button>
      {open ? (
        <div className="menu" role="menu" aria-label="SKU tools" onKeyDown={moveFocus}>
          <button type="button" role="menuitem" onClick={() => choose('check')} data-testid="sku-tools-check">
            Check SKUs…
            <span className="field-hint">Duplicates, blanks and near-duplicates in both catalogs</span>
          </button>
          <button type="button" role="menuitem" onClick={() => choose('regenerate')} data-testid="sku-tools-regenerate">
            Regenerate SKUs…
            <span className="field-hint">New SKUs from a pattern for the products listed</span>
          </button>
        </div>
      ) : null}
      {tool === 'check' ? <SkuCheckDialog onClose={() => setTool(null)} /> : null}
      {tool === 'regenerate' ? <SkuRegenerateDialog onClose={() => setTool(null)} /> : null}
    </div>
  );
}
