/**
 * Where the app is served from. The same build works at a domain root and under any
 * sub-path (an IIS virtual directory, `/planner/` on nginx): asset URLs in the built
 * page are relative, and a tiny inline script in its head (BOOTSTRAP_SCRIPT, allowed
 * by its hash in the CSP) sets `<base href>` to the mount path before anything loads.
 * The router's basepath and the share link read that same `<base>` (docs/decisions/0018).
 *
 * The mount path is what remains of `location.pathname` once the app's own route is
 * taken off its end (the shortest mount path that leaves a whole route). ROUTE_TAIL
 * lists those routes; a test checks it against src/routes.
 */

/** The app's routes, as they follow the mount path (no leading slash). */
export const ROUTE_TAIL = String.raw`(?:index\.html|open|rules|import|plan\/[^/]+(?:\/|\/review|\/checklist|\/import|\/group-chat-queries|\/step\/[^/]+)?)?`

/** The mount path of a page's path: '/' or '/planner/' (always ends in '/'). */
export function mountPathOf(pathname: string): string {
  const match = new RegExp(`^(.*?/)${ROUTE_TAIL}$`).exec(pathname)
  // A path the app does not know (its Not found page): its folder.
  return match?.[1] ?? pathname.replace(/[^/]*$/, '')
}

/**
 * The inline script the built page runs first, in its head: the same test as
 * mountPathOf, written out so its hash in the CSP is fixed. It only adds a same-origin
 * `<base>` (the CSP says `base-uri 'self'`); it reads nothing but the path.
 */
export const BOOTSTRAP_SCRIPT =
  `(function(){var p=location.pathname,m=new RegExp(${JSON.stringify(`^(.*?/)${ROUTE_TAIL}$`)}).exec(p),` +
  `b=document.createElement('base');b.href=m?m[1]:p.replace(/[^/]*$/,'');document.head.appendChild(b)})()`

/** The mount path the page runs under: from the `<base>` the bootstrap set; '/' where there is none (development). */
export function appBase(): string {
  const href = document.querySelector('base')?.getAttribute('href')
  return href && href.startsWith('/') && href.endsWith('/') ? href : '/'
}

/** The router's basepath: '/' or '/planner' (no trailing slash). */
export function routerBasepath(): string {
  return appBase().replace(/\/$/, '') || '/'
}

/** The origin and mount path without its trailing slash, to which '/open#…' is added for a share link. */
export function appOrigin(): string {
  return `${window.location.origin}${appBase().replace(/\/$/, '')}`
}
