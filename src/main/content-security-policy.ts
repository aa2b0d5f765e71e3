/**
 * The one Content-Security-Policy for the app's page, in the desktop window and in browser
 * mode alike. No inline script or style, no eval, nothing from the network: the page talks
 * to the core only through the preload bridge or the local WebSocket.
 */
export function contentSecurityPolicy(options: { connectSources?: readonly string[] } = {}): string {
  const connect = ["'self'", ...(options.connectSources ?? [])].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers every page response carries, besides the CSP. */
export const pageSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;
