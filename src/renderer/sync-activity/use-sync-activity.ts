/**
 * One page of the sync activity log for a filter, newest first. Refetched when the filter or
 * page changes and after catalogChanged (every sync step changes products) and after a
 * dropped connection, so a map or an unlink shows up without a reload. Answers to an older filter are dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { SyncActivityKind, SyncActivityPage } from '../../shared/sync-activity';
import { api, errorMessage, onEvent } from '../api';
import { afterReconnect } from '../stores/after-reconnect';
import type { SyncActivityOutcome } from './activity-words';

export interface ActivityFilter {
  productId?: number | undefined;
  kind?: SyncActivityKind | undefined;
  outcome?: SyncActivityOutcome | undefined;
}

export type ActivityPage = z.infer<typeof SyncActivityPage>;

const REFRESH_DELAY_MS = 200;

export function useSyncActivity(filter: ActivityFilter, offset: number, limit: number) {
  const [page, setPage] = useState<ActivityPage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const asked = useRef(0);
  const { productId, kind, outcome } = filter;

  useEffect(() => {
    const ask = ++asked.current;
    api
      .listSyncActivity({
        offset,
        limit,
        ...(productId !== undefined ? { productId } : {}),
        ...(kind !== undefined ? { kind } : {}),
        ...(outcome !== undefined ? { outcome } : {}),
      })
      .then(
        (answer) => {
          if (ask !== asked.current) return;
          setPage(answer);
          setFailure(null);
        },
        (error: unknown) => {
          if (ask === asked.current) setFailure(errorMessage(error));
        },
      );
  }, [productId, kind, outcome, offset, limit, version]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onEvent((event) => {
      if (event.name !== 'catalogChanged' || timer !== undefined) return;
      if (productId !== undefined && event.payload.productIds !== null && !event.payload.productIds.includes(productId)) return;
      timer = setTimeout(() => {
        timer = undefined;
        setVersion((v) => v + 1);
      }, REFRESH_DELAY_MS);
    });
    const stopConnection = afterReconnect(() => setVersion((v) => v + 1));
    return () => {
      stop();
      stopConnection();
      clearTimeout(timer);
    };
  }, [productId]);

  return { page, failure, reload: () => setVersion((v) => v + 1) };
}
