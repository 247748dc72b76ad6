import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.png': 'image/png',
}

export interface StaticServer {
  url: string
  /** Serve another build from now on (a new deployment). */
  serve: (dir: string) => void
  /** Requests seen, as paths. */
  requests: string[]
  close: () => Promise<void>
}

/**
 * A plain static file server, as many administrators have: files from `dir` under
 * `mount`, anything else under it answered with the build's index.html. No headers of
 * its own beyond Content-Type and `Cache-Control: no-cache`; nothing app-specific.
 */
export async function startStaticServer(
  dir: string,
  mount: string,
  port: number,
): Promise<StaticServer> {
  let root = dir
  const requests: string[] = []
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      requests.push(path)
      if (!path.startsWith(mount)) {
        res.writeHead(404).end('Not found')
        return
      }
      const file = normalize(join(root, path.slice(mount.length)))
      let target = join(root, 'index.html')
      if (file.startsWith(root + sep)) {
        const info = await stat(file).catch(() => null)
        if (info?.isFile()) target = file
      }
      const body = await readFile(target)
      res.writeHead(200, {
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      res.end(body)
    })().catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
