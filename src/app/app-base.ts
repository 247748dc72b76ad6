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

import { appBase, ROUTES_DATA_ID } from '../ui/route-data'

export { appBase, chunksFor, ROUTES_DATA_ID } from '../ui/route-data'
export type { RouteEntry } from '../ui/route-data'

/** The app's routes, as they follow the mount path (no leading slash). */
export const ROUTE_TAIL = String.raw`(?:index\.html|open|rules|import|plan\/[^/]+(?:\/|\/review|\/checklist|\/import|\/group-chat-queries|\/step\/[^/]+)?)?`

/** The mount path of a page's path: '/' or '/planner/' (always ends in '/'). */
export function mountPathOf(pathname: string): string {
  const match = new RegExp(`^(.*?/)${ROUTE_TAIL}$`).exec(pathname)
  // A path the app does not know (its Not found page): its folder.
  return match?.[1] ?? pathname.replace(/[^/]*$/, '')
}

/**
 * The inline script the built page runs first, in its head, allowed by its hash in the
 * CSP: a fixed text, so the hash does not change from build to build. It
 * 1. adds a same-origin `<base>` at the mount path (the same test as mountPathOf;
 *    the CSP says `base-uri 'self'`);
 * 2. starts the app: the build moves the entry's module script and its preloads out of
 *    the page into a JSON block (`#planner-routes`, build/route-preload.ts) that also
 *    names which chunks (and stylesheets) each route needs. This adds them all at once,
 *    `modulepreload`s for the chunks (a script-made stylesheet link does not hold the
 *    first paint), so a page's code loads beside the entry instead of after it has run.
 *    On the start page, whose text is in the page already, it waits until that text
 *    is painted (the browser's first-contentful-paint entry, which comes once the
 *    frame is on screen; where paints are not reported, the first frame), or until the
 *    tab is hidden or shown again: no code is fetched or run before;
 * 3. marks the start page (`<html data-start>`): the pre-rendered start page text in
 *    index.html shows there only;
 * 4. once the body is parsed: gives the pre-rendered links their address under the
 *    mount path, marks the current one, and removes the start page's text from other
 *    pages.
 * It reads nothing but the path and that block, and adds nothing but the head's
 * links and the app's own module script.
 */
export const BOOTSTRAP_SCRIPT =
  `(function(){var d=document,h=d.head,p=location.pathname,m=new RegExp(${JSON.stringify(`^(.*?/)${ROUTE_TAIL}$`)}).exec(p),` +
  `u=m?m[1]:p.replace(/[^/]*$/,''),b=d.createElement('base');b.href=u;h.appendChild(b);` +
  `var r=p.slice(u.length),s=r.split('/').filter(Boolean),t,k=0;` +
  `if(!s.length)d.documentElement.setAttribute('data-start','');` +
  `try{t=JSON.parse(d.getElementById('${ROUTES_DATA_ID}').textContent)}catch(e){}` +
  `function add(f){var l=d.createElement('link');l.rel=f.slice(-4)==='.css'?'stylesheet':'modulepreload';` +
  `l.crossOrigin='';l.href=u+f;h.appendChild(l)}` +
  `function go(){if(!t||k)return;k=1;var q={};try{t.preload.forEach(add);t.routes.forEach(function(x){var g=x[0];` +
  `if(x[1]?g.length!==s.length:g.length>s.length)return;` +
  `if(!g.every(function(y,i){return y==='$'||y===s[i]}))return;` +
  `x[2].forEach(function(i){if(!q[i]){q[i]=1;add(t.files[i])}})});` +
  `var e=d.createElement('script');e.type='module';e.crossOrigin='';e.src=u+t.main;h.appendChild(e)}catch(e){}}` +
  `if(s.length||d.visibilityState!=='visible')go();` +
  `else{var o=typeof PerformanceObserver=='function'&&PerformanceObserver;if(o&&(o.supportedEntryTypes||[]).indexOf('paint')>=0)` +
  `new o(function(l){if(l.getEntriesByName('first-contentful-paint').length)setTimeout(go)}).observe({type:'paint',buffered:true});` +
  `else requestAnimationFrame(function(){setTimeout(go)});` +
  `d.addEventListener('visibilitychange',go);setTimeout(go,3000)}` +
  `d.addEventListener('readystatechange',function(){if(d.readyState!=='interactive')return;` +
  `[].forEach.call(d.querySelectorAll('[data-href]'),function(a){var h=a.getAttribute('data-href');` +
  `a.setAttribute('href',u+h);if(a.hasAttribute('data-nav')&&h===r)a.setAttribute('aria-current','page')});` +
  `if(s.length)[].forEach.call(d.querySelectorAll('[data-prerender=start]'),function(e){e.remove()})})})()`

/** The router's basepath: '/' or '/planner' (no trailing slash). */
export function routerBasepath(): string {
  return appBase().replace(/\/$/, '') || '/'
}

/** The origin and mount path without its trailing slash, to which '/open#…' is added for a share link. */
export function appOrigin(): string {
  return `${window.location.origin}${appBase().replace(/\/$/, '')}`
}
