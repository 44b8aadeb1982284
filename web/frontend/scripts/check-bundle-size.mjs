// The first page's JavaScript must stay within 300 KB gzip (issue 9): the scripts index.html loads, and those
// it preloads, as the gzipped copies precompress.mjs wrote and the gateway serves. Fails the build when the budget
// is exceeded.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

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
  // No copy where gzip would not make the file smaller: then the file itself is what travels.
  const gzipped = join(dist, `${script}.gz`)
  const size = statSync(existsSync(gzipped) ? gzipped : join(dist, script)).size
  total += size
  console.log(`  ${script}: ${(size / 1024).toFixed(1)} KB gzip`)
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER'
console.log(`First page JavaScript: ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the budget of ${BUDGET_BYTES / 1024} KB`)
process.exit(total <= BUDGET_BYTES ? 0 : 1)
