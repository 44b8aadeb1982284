import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// The first page of a lazily loaded route is transformed on first use; on a busy two-core build machine that takes
// more than Testing Library's default 1 s for findBy… and waitFor. Something that never appears still fails.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  cleanup()
  localStorage.clear()
})
