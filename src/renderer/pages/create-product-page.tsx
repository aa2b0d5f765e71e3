/** Create a product: its name, options, and a grid of variants with their opening stock. */
import { useState } from 'react';
import { api } from '../api';
import { AppShell } from '../components/app-shell';
import { BreadcrumbTitle } from '../components/breadcrumb-title';
import { Card } from '../components/card';
import { TextField } from '../components/field';
import { optionColumns, TableHead } from '../components/table-head';
import { useSubmit } from '../components/use-submit';
import { textToCents } from '../money';
import { fitOptionValues, OptionNamesEditor } from '../product/option-names-editor';
import { navigate, paths, type Route } from '../router';
import { toast } from '../stores/toasts';

interface NewVariantRow {
  key: number;
  optionValues: string[];
  sku: string;
  price: string;
  onHand: string;
}

let nextKey = 1;
const blankRow = (options: number, price = ''): NewVariantRow => ({ key: nextKey++, optionValues: Array.from({ length: options }, () => ''), sku: '', price, onHand: '0' });

export function CreateProductPage({ route }: { route: Route }) {
  const [name, setName] = useState('');
  const [optionNames, setOptionNames] = useState<string[]>([]);
  const [rows, setRows] = useState<NewVariantRow[]>(() => [blankRow(0)]);

  const { submit, busy, errors, setErrors } = useSubmit(
    () =>
      api.createProduct({
        name,
        optionNames,
        variants: rows.map((r) => {
          const price = textToCents(r.price);
          return { sku: r.sku, optionValues: r.optionValues, priceCents: price.ok ? (price.cents ?? 0) : 0, onHand: Number(r.onHand) };
        }),
      }),
    (product) => {
      toast('success', `${product.name} created`);
      navigate(paths.product(product.id));
    },
  );

  const validateAndSubmit = () => {
    const local: Record<string, string> = {};
    rows.forEach((r, i) => {
      const price = textToCents(r.price);
      if (!price.ok) local[`variants.${i}.priceCents`] = price.message;
      if (!/^\s*\d+\s*$/.test(r.onHand)) local[`variants.${i}.onHand`] = 'Enter a whole number of units';
    });
    if (Object.keys(local).length > 0) setErrors(local);
    else void submit();
  };

  const setOptions = (next: string[], removed?: number) => {
    setOptionNames(next);
    setRows(rows.map((r) => ({ ...r, optionValues: fitOptionValues(r.optionValues, next, removed) })));
  };
  const changeRow = (index: number, patch: Partial<NewVariantRow>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const rowError = (i: number, field: string) => Object.entries(errors).find(([k]) => k === `variants.${i}.${field}` || k.startsWith(`variants.${i}.${field}.`))?.[1];

  return (
    <AppShell
      route={route}
      title={<BreadcrumbTitle>New product</BreadcrumbTitle>}
      actions={
        <>
          <a className="button subtle" href={paths.products}>
            Cancel
          </a>
          <button type="submit" form="create-product" className="button primary" disabled={busy} data-testid="create-product-submit">
            {busy ? 'Creating…' : 'Create product'}
          </button>
        </>
      }
    >
      <form
        id="create-product"
        className="product-page"
        data-testid="create-product-form"
        onSubmit={(e) => {
          e.preventDefault();
          validateAndSubmit();
        }}
      >
        <Card title="Product">
          <div className="form-grid">
            <TextField label="Name" value={name} onChange={setName} error={errors['name']} testId="new-product-name" className="span-2" autoFocus />
            <OptionNamesEditor
              names={optionNames}
              onChange={setOptions}
              errorAt={(i) => errors[`optionNames.${i}`] ?? (i === 0 ? errors['optionNames'] : undefined)}
              testIdPrefix="new-option"
              legend="Options (such as Size or Colour)"
            />
          </div>
        </Card>

        <Card
          title="Variants"
          action={
            <button type="button" className="button" onClick={() => setRows([...rows, blankRow(optionNames.length, rows[rows.length - 1]?.price)])} data-testid="new-add-variant">
              + Add variant
            </button>
          }
        >
          {errors['variants'] ? <p className="field-error">{errors['variants']}</p> : null}
          <div className="table-scroll">
            <table className="variants">
              <TableHead columns={[...optionColumns(optionNames), { label: 'SKU' }, { label: 'Price', numeric: true }, { label: 'Opening stock', numeric: true }]} />
              <tbody>
                {rows.map((r, i) => (
                  <tr key={r.key} data-testid={`new-variant-row-${i}`}>
                    {optionNames.map((n, j) => (
                      <td key={j}>
                        <input
                          aria-label={`${n || `Option ${j + 1}`} of variant ${i + 1}`}
                          value={r.optionValues[j] ?? ''}
                          onChange={(e) => changeRow(i, { optionValues: r.optionValues.map((x, k) => (k === j ? e.target.value : x)) })}
                          data-testid={`new-variant-${i}-option-${j}`}
                        />
                        {j === 0 && rowError(i, 'optionValues') ? <span className="field-error">{rowError(i, 'optionValues')}</span> : null}
                      </td>
                    ))}
                    {(
                      [
                        ['sku', 'SKU', 'sku', false],
                        ['price', 'Price', 'priceCents', true],
                        ['onHand', 'Opening stock', 'onHand', true],
                      ] as const
                    ).map(([field, label, errorKey, numeric]) => (
                      <td key={field} className={numeric ? 'numeric' : undefined}>
                        <input
                          aria-label={`${label} of variant ${i + 1}`}
                          value={r[field]}
                          onChange={(e) => changeRow(i, { [field]: e.target.value })}
                          inputMode={numeric ? 'decimal' : undefined}
                          className={numeric ? 'numeric' : undefined}
                          aria-invalid={rowError(i, errorKey) ? true : undefined}
                          placeholder={field === 'price' ? '0.00' : undefined}
                          data-testid={`new-variant-${i}-${field.toLowerCase()}`}
                        />
                        {rowError(i, errorKey) ? <span className="field-error">{rowError(i, errorKey)}</span> : null}
                      </td>
                    ))}
                    <td className="row-actions">
                      <button type="button" className="button small subtle danger" disabled={rows.length === 1} onClick={() => setRows(rows.filter((_, k) => k !== i))} aria-label={`Remove variant ${i + 1}`}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </form>
    </AppShell>
  );
}
