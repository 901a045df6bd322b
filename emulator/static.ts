import { createReadStream, existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Route } from './core/http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

/** Serves the H5 build (hash routing, so every page is index.html). */
export function staticRoute(dir: string): Route {
  return prefixedStaticRoute('/', dir)
}

/**
 * Serves a build under a path prefix (the PC console at /console/): a path
 * under it that is not a file gets index.html, so history routing survives a
 * refresh or a pasted link. Paths outside the prefix are left to other routes.
 */
export function prefixedStaticRoute(prefix: string, dir: string): Route {
  const root = path.resolve(dir)
  const bare = prefix.replace(/\/$/, '')
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    if (bare && url.pathname === bare) {
      res.writeHead(301, { location: prefix })
      res.end()
      return true
    }
    if (!url.pathname.startsWith(prefix)) return false
    let file = path.resolve(root, '.' + decodeURIComponent(url.pathname.slice(bare.length)))
    if (file !== root && !file.startsWith(root + path.sep)) return false
    if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html')
    if (!existsSync(file)) return false
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': path.basename(file) === 'index.html' ? 'no-cache' : 'public, max-age=300'
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
    return true
  }
}
