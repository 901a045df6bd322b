import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Bytes of the weapp main package: everything in `dist/` outside the
 * subpackage roots that `dist/app.json` declares (WeChat's 2 MB budget).
 */
export function mainPackageBytes(distDir: string): number {
  const appJson = JSON.parse(readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>
    subpackages?: Array<{ root: string }>
  }
  const roots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((p) => path.join(distDir, p.root))
  const walk = (dir: string): number => {
    let total = 0
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (roots.some((root) => full === root.replace(/\/$/, ''))) continue
      const stat = statSync(full)
      total += stat.isDirectory() ? walk(full) : stat.size
    }
    return total
  }
  return existsSync(distDir) ? walk(distDir) : 0
}
