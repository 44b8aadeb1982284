import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Ends the run with one line in the form CI tools read: "N passed, N failed". */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>()

  onTestEnd(test: TestCase, result: TestResult) {
    this.outcomes.set(test.id, result.status)
  }

  onEnd(_result: FullResult) {
    const statuses = [...this.outcomes.values()]
    const passed = statuses.filter(s => s === 'passed').length
    const failed = statuses.filter(s => s === 'failed' || s === 'timedOut' || s === 'interrupted').length
    const skipped = statuses.filter(s => s === 'skipped').length
    console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`)
  }
}
