/**
 * What unlinking does to the Shopify side, for one product or many: keep both (the default),
 * or also delete on Shopify, which the owner confirms by ticking a line that names what goes.
 */
export interface UnlinkChoice {
  deleteOnShopify: boolean;
  confirmed: boolean;
}

export function UnlinkChoices({
  choice,
  onChange,
  keepHint,
  deleteHint,
  confirmText,
}: {
  choice: UnlinkChoice;
  onChange: (choice: UnlinkChoice) => void;
  /** That keeping both changes neither side. */
  keepHint: string;
  /** What deleting on Shopify takes away. */
  deleteHint: string;
  /** The confirmation, naming the product or how many. */
  confirmText: string;
}) {
  return (
    <>
      <fieldset className="choice-list">
        <legend className="visually-hidden">What happens to the Shopify product</legend>
        <label className="choice">
          <input
            type="radio"
            name="unlink-mode"
            checked={!choice.deleteOnShopify}
            onChange={() => onChange({ deleteOnShopify: false, confirmed: false })}
            data-testid="unlink-keep-both"
          />
          <span>
            <strong>Keep both</strong>
            <span className="field-hint">{keepHint}</span>
          </span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="unlink-mode"
            checked={choice.deleteOnShopify}
            onChange={() => onChange({ deleteOnShopify: true, confirmed: false })}
            data-testid="unlink-delete-on-shopify"
          />
          <span>
            <strong>Also delete on Shopify</strong>
            <span className="field-hint">{deleteHint}</span>
          </span>
        </label>
      </fieldset>
      {choice.deleteOnShopify ? (
        <label className="confirm-line">
          <input type="checkbox" checked={choice.confirmed} onChange={(e) => onChange({ ...choice, confirmed: e.target.checked })} data-testid="unlink-confirm-delete" />
          {confirmText}
        </label>
      ) : null}
    </>
  );
}
