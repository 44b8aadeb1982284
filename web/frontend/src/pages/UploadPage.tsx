import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { useStartUpload, useUpload } from '../api/assignmentQueries'
import type { ValueImport } from '../api/assignmentTypes'
import { PageHeading } from '../components/PageHeading'
import { ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import { useI18n } from '../i18n/I18n'

const MAX_BYTES = 20 * 1024 * 1024

/**
 * A CSV file of indicator values (header indicatorKey;unitCode;period;value): it is stored in the background, its
 * progress shown as it runs, and every refused row listed with its line and reason when it is done.
 */
export function UploadPage({ pollMs = 1000 }: { pollMs?: number }) {
  const { t } = useI18n()
  const start = useStartUpload()
  const [uploadId, setUploadId] = useState<string | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState('')
  const upload = useUpload(uploadId, pollMs)
  const current = upload.data ?? start.data

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) {
      setFileError(t('upload.chooseFile'))
      document.getElementById('upload-file')?.focus()
      return
    }
    if (file.size > MAX_BYTES) {
      setFileError(t('upload.tooLarge'))
      return
    }
    setFileError('')
    setUploadId(null)
    const content = await file.text()
    start.mutate({ fileName: file.name, content }, { onSuccess: started => setUploadId(started.id) })
  }

  return (
    <>
      <PageHeading title={t('upload.title')}>
        <p className="lead">{t('upload.intro')}</p>
      </PageHeading>
      <p className="hint">{t('upload.format')}</p>
      <pre className="example">indicatorKey;unitCode;period;value{'\n'}mobbesaker-antall;2110;2027-03;2</pre>
      <form className="form narrow" onSubmit={e => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="upload-file">{t('upload.file')}</label>
          <span id="upload-file-hint" className="hint">
            {t('upload.fileHint')}
          </span>
          {fileError && (
            <span id="upload-file-error" className="field-error">
              {fileError}
            </span>
          )}
          <input id="upload-file" type="file" accept=".csv,text/csv,text/plain"
            aria-describedby={`upload-file-hint${fileError ? ' upload-file-error' : ''}`} aria-invalid={fileError ? true : undefined}
            onChange={e => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="button button-primary" disabled={start.isPending || current?.state === 'RUNNING'}>
          {t('upload.submit')}
        </button>
      </form>
      {start.isError && <ProblemMessage error={start.error} />}
      {upload.isError && <ProblemMessage error={upload.error} retry={() => void upload.refetch()} />}
      <Announcer upload={current} />
      {current && <Progress upload={current} />}
      <p>
        <Link to="/indicators">{t('upload.back')}</Link>
      </p>
    </>
  )
}

/** Tells screen readers when the upload starts and when it ends, not every step in between. */
function Announcer({ upload }: { upload: ValueImport | undefined }) {
  const { t } = useI18n()
  const [message, setMessage] = useState('')
  const last = useRef('')
  useEffect(() => {
    if (!upload) {
      return
    }
    const phase = `${upload.id}-${upload.state}`
    if (phase === last.current) {
      return
    }
    last.current = phase
    setMessage(upload.state === 'RUNNING'
      ? t('upload.running', { done: upload.rowsDone, total: upload.rowsTotal })
      : upload.state === 'DONE'
        ? t('upload.done', { stored: upload.stored, unchanged: upload.unchanged, refused: upload.refused })
        : t('upload.failed'))
  }, [upload, t])
  return (
    <div role="status" aria-live="polite" className="visually-hidden">
      {message}
    </div>
  )
}

function Progress({ upload }: { upload: ValueImport }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="upload-progress">
      <h2 id="upload-progress">{t('upload.progress', { file: upload.fileName ?? '' })}</h2>
      <label htmlFor="upload-bar">{t('upload.rows', { done: upload.rowsDone, total: upload.rowsTotal })}</label>
      <progress id="upload-bar" className="upload-bar" max={Math.max(upload.rowsTotal, 1)} value={upload.rowsDone} />
      {upload.state === 'DONE' && (
        <p className={`notice ${upload.refused > 0 ? 'notice-info' : 'notice-success'}`}>
          {t('upload.done', { stored: upload.stored, unchanged: upload.unchanged, refused: upload.refused })}
        </p>
      )}
      {upload.state === 'FAILED' && <p className="notice notice-error">{t('upload.failed')}</p>}
      {upload.problems.length > 0 && (
        <TableScroll labelledBy="upload-problems-caption">
          <table className="table-stack">
            <caption id="upload-problems-caption">{t('upload.problems', { count: upload.refused })}</caption>
            <thead>
              <tr>
                <th scope="col" className="number">
                  {t('upload.line')}
                </th>
                <th scope="col">{t('upload.code')}</th>
                <th scope="col">{t('upload.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {upload.problems.map(problem => (
                <tr key={`${problem.line}-${problem.code}`}>
                  <td className="number" data-label={t('upload.line')}>
                    {problem.line}
                  </td>
                  <td data-label={t('upload.code')}>
                    <code>{problem.code}</code>
                  </td>
                  <td data-label={t('upload.reason')}>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
