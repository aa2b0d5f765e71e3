/** Whether the core is reachable (browser mode can lose its WebSocket; the desktop never does). */
import { create } from 'zustand';
import { onConnection } from '../api';
import type { ConnectionState } from '../transport/transport';

export const useConnection = create<{ state: ConnectionState }>()(() => ({ state: 'connecting' }));

onConnection((state) => useConnection.setState({ state }));
