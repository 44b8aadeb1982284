import { ApiError } from '../api/client'

/**
 * The invalid fields a 400 answer names (problem details with "errors": [{field, message}]), by field path as the
 * service names it: "title", "source.caseNumber", "delegations[0].deadline". Empty for any other failure.
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400 || !Array.isArray(error.problem?.errors)) {
    return {}
  }
  const errors: Record<string, string> = {}
  for (const { field, message } of error.problem.errors) {
    if (typeof field === 'string' && !(field in errors)) {
      errors[field] = typeof message === 'string' ? message : ''
    }
  }
  return errors
}
