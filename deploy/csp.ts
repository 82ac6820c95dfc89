/**
 * The Content-Security-Policy the app ships with, in one place: the build writes it into index.html as a
 * `<meta http-equiv>` and `deploy/nginx.conf` sends the same policy as a header (a test keeps them equal).
 *
 * Only the app's own origin: no inline script or style, no eval (zod runs jitless), no plugins, no framing.
 * Workers (the caseload CSV parser) and the service worker come from the origin too; downloads are blob: links,
 * which CSP does not govern.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Allowed only in a header: a `<meta>` policy may not say who may frame the page. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** The policy in index.html's `<meta http-equiv="Content-Security-Policy">`. */
export const META_CSP = CSP_DIRECTIVES.join('; ');

/** The policy a web server sends as the `Content-Security-Policy` header. */
export const HEADER_CSP = [...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');
