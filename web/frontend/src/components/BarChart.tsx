import { useId } from 'react'
import { useI18n } from '../i18n/I18n'

export interface Bar {
  label: string
  value: number
  /** A style of the bar (also told in the label: never colour alone). */
  tone?: string
}

/**
 * A bar chart as SVG, one labelled bar per row (the labels and values are text, so the chart reads on a phone and
 * when zoomed), followed by the same figures as a table for screen readers and anyone who prefers numbers.
 */
export function BarChart({ caption, bars, valueHeader, labelHeader, format }: {
  caption: string
  bars: Bar[]
  labelHeader: string
  valueHeader: string
  format?: (value: number) => string
}) {
  const { formatNumber, t } = useI18n()
  const captionId = useId()
  const show = format ?? ((value: number) => formatNumber(value))
  const max = Math.max(0, ...bars.map(bar => bar.value))
  const min = Math.min(0, ...bars.map(bar => bar.value))
  const span = max - min || 1
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      {bars.length === 0 ? (
        <p>{t('chart.empty')}</p>
      ) : (
        <>
          <ul className="chart-bars" aria-hidden="true">
            {bars.map((bar, i) => {
              const start = ((Math.min(bar.value, 0) - min) / span) * 100
              const width = (Math.abs(bar.value) / span) * 100
              return (
                <li key={`${i}-${bar.label}`} className="chart-row">
                  <span className="chart-label">{bar.label}</span>
                  <svg className="chart-svg" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                    <rect x="0" y="0" width="100" height="10" className="chart-track" />
                    <rect x={start} y="0" width={Math.max(width, bar.value === 0 ? 0 : 0.5)} height="10"
                      className={`chart-bar ${bar.tone ? `chart-bar-${bar.tone}` : ''}`} />
                  </svg>
                  <span className="chart-value">{show(bar.value)}</span>
                </li>
              )
            })}
          </ul>
          <div className="table-scroll" role="region" aria-labelledby={`${captionId}-table`} tabIndex={0}>
            <table className="chart-table">
              <caption id={`${captionId}-table`}>{t('chart.tableCaption', { caption })}</caption>
              <thead>
                <tr>
                  <th scope="col">{labelHeader}</th>
                  <th scope="col" className="number">
                    {valueHeader}
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar, i) => (
                  <tr key={`${i}-${bar.label}`}>
                    <th scope="row">{bar.label}</th>
                    <td className="number">{show(bar.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  )
}
