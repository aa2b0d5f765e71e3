import { parse } from 'graphql';
import { expect, it } from 'vitest';
import { actualQueryCost, requestedQueryCost } from '../../src/shopify-sim/cost/query-cost';
import { findRecordedExchanges } from './recorded-exchanges';
import type { RecordedExchange } from './recorded-exchanges';
import { capturesDir, describeAgainstRealShopify, realAdminSchema } from './shared-shopify';

const REQUIRED_EXACT_RATE = 0.95;

interface Miss {
  exchange: RecordedExchange;
  recorded: number;
  computed: number;
}

function rate(hits: number, total: number): string {
  return `${hits}/${total} exact (${((100 * hits) / total).toFixed(1)}%)`;
}

function report(label: string, total: number, misses: Miss[]): void {
  console.log(`${label}: ${rate(total - misses.length, total)}`);
  for (const { exchange, recorded, computed } of misses.slice(0, 10)) {
    const operation = /(query|mutation)\s+(\w+)/.exec(exchange.document)?.[2] ?? 'anonymous';
    console.log(`  ${exchange.file} ${exchange.at} ${operation}: recorded ${recorded}, computed ${computed}`);
  }
}

describeAgainstRealShopify('the cost calculator against the costs Shopify recorded', () => {
  const exchanges = findRecordedExchanges(capturesDir);

  it('finds the recorded (document, cost) pairs', () => {
    expect(exchanges.length).toBeGreaterThanOrEqual(250);
  });

  it(`reproduces requestedQueryCost for at least ${REQUIRED_EXACT_RATE * 100}% of them, on the schema each was asked against`, () => {
    const misses: Miss[] = [];
    for (const exchange of exchanges) {
      const options = { variables: exchange.variables, operationName: exchange.operationName };
      const computed = requestedQueryCost(realAdminSchema(exchange.apiVersion), parse(exchange.document), options);
      const recorded = exchange.response.extensions.cost.requestedQueryCost;
      if (computed !== recorded) misses.push({ exchange, recorded, computed });
    }
    report('cost oracle', exchanges.length, misses);
    expect((exchanges.length - misses.length) / exchanges.length).toBeGreaterThanOrEqual(REQUIRED_EXACT_RATE);
  });

  it('estimates actualQueryCost from the data returned, never above the requested cost', () => {
    const misses: Miss[] = [];
    for (const exchange of exchanges) {
      const schema = realAdminSchema(exchange.apiVersion);
      const document = parse(exchange.document);
      const options = { variables: exchange.variables, operationName: exchange.operationName };
      const computed = actualQueryCost(schema, document, { ...options, data: exchange.response.data ?? null });
      const recorded = exchange.response.extensions.cost.actualQueryCost;
      if (computed !== recorded) misses.push({ exchange, recorded, computed });
      expect(computed).toBeLessThanOrEqual(requestedQueryCost(schema, document, options));
    }
    // Shopify's actual cost follows rules it does not publish; the local store only needs a fair refund.
    report('actual cost (informative)', exchanges.length, misses);
  });
});
