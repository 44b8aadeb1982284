import { useId, type ReactNode } from 'react'
import { useI18n } from '../i18n/I18n'

export interface FieldProps {
  label: string
  hint?: string
  /** What is wrong: our own check's words, or the service's for the field it named. */
  error?: string
  id?: string
  required?: boolean
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true; required?: boolean }) => ReactNode
}

/** A labelled form field with its hint and error tied to the input by aria-describedby. */
export function FormField({ label, hint, error, id, required, children }: FieldProps) {
  const { t } = useI18n()
  const ownId = useId()
  const inputId = id ?? ownId
  const hintId = `${inputId}-hint`
  const errorId = `${inputId}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={inputId}>
        {label}
        {!required && <span className="optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
      {children({ id: inputId, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required })}
    </div>
  )
}

/** The errors of a form at its top, each a link to its field; takes focus when it appears. */
export function ErrorSummary({ errors, fieldIds }: { errors: Record<string, string>; fieldIds: Record<string, string> }) {
  const { t } = useI18n()
  const entries = Object.entries(errors)
  if (entries.length === 0) {
    return null
  }
  return (
    <div className="notice notice-error error-summary" role="alert" tabIndex={-1}>
      <p>{t('form.fixErrors')}</p>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>{fieldIds[field] ? <a href={`#${fieldIds[field]}`}>{message}</a> : message}</li>
        ))}
      </ul>
    </div>
  )
}
