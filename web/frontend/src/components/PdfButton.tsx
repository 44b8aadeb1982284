import { useState } from 'react'
import { usePdf } from '../api/reportQueries'
import { useI18n } from '../i18n/I18n'
import { ProblemMessage } from './Problem'

/** Fetches a PDF with the person's token and hands it to the browser as a download; the outcome goes to a live region. */
export function PdfButton({ path, label, fileName }: { path: string; label: string; fileName: string }) {
  const { t } = useI18n()
  const pdf = usePdf()
  const [done, setDone] = useState('')
  const open = () => {
    setDone('')
    pdf.mutate(path, {
      onSuccess: blob => {
        const url = URL.createObjectURL(blob)
        const link = document.createElement('a')
        link.href = url
        link.download = fileName.replace(/[^\p{L}\p{N}._-]+/gu, '-')
        document.body.appendChild(link)
        link.click()
        link.remove()
        setTimeout(() => URL.revokeObjectURL(url), 60_000)
        setDone(t('pdf.ready'))
      },
    })
  }
  return (
    <div className="pdf">
      <button type="button" className="button button-secondary" disabled={pdf.isPending} onClick={open}>
        {pdf.isPending ? t('pdf.fetching') : label}
      </button>
      <span role="status" aria-live="polite" className="live-region">
        {done}
      </span>
      {pdf.isError && <ProblemMessage error={pdf.error} />}
    </div>
  )
}
