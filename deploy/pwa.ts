import type { PluginOption } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

/**
 * The service worker that keeps the app working offline (docs/decisions/0018):
 * Workbox precaches every file of the build and answers navigations with the build's
 * own index.html. No runtime caching: nothing but the build is cached, and plans are
 * never sent anywhere. A new worker waits until the user accepts the update prompt
 * (src/app/update-prompt.tsx registers it), so a page never gets a mix of two builds.
 * All URLs are relative to sw.js, so it works under any mount path.
 */
export function offline(): PluginOption {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    // The manifest and its icon are precached once, by the globs below and the plugin.
    includeManifestIcons: false,
    manifest: {
      name: 'Lync Server 2013 migration planner',
      short_name: 'Lync 2013 planner',
      description:
        'Plan a move from Lync Server 2010 or OCS 2007 R2 to Lync Server 2013, Group Chat to Persistent Chat included.',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d4f91',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,json,csv}'],
      globIgnores: ['.vite/**', 'web.config'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
      sourcemap: false,
    },
  })
}
