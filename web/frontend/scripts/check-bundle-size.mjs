// The first page's JavaScript must stay within 300 KB gzip (issue 9): the scripts index.html loads, and those
// it preloads, gzipped at the level a server uses. Fails the build when the budget is exceeded.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_BYTES = 300 * 1024
const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(match => match[1])
if (scripts.length === 0) {
  console.error('check-bundle-size: index.html loads no script from /assets')
  process.exit(1)
}
let total = 0
for (const script of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dist, script)), { level: 6 }).length
  total += size
  console.log(`  ${script}: ${(size / 1024).toFixed(1)} KB gzip`)
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER'
console.log(`First page JavaScript: ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the budget of ${BUDGET_BYTES / 1024} KB`)
process.exit(total <= BUDGET_BYTES ? 0 : 1)
