import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { en } from './en'
import { formatAmount, formatDate, formatDateTime, formatMeasure, formatNumber } from './format'
import { isLanguage, type Language } from './language'
import { nb, type MessageKey, type Messages } from './nb'
import { nn } from './nn'
import { capitalize, DEFAULT_TERMINOLOGY, type Terminology, type TermKey } from './terminology'

export const DICTIONARIES: Record<Language, Messages> = { nb, nn, en }

const CHOSEN_LANGUAGE = 'vp.language'

export type Vars = Record<string, string | number>

export interface I18n {
  /** The language shown: the person's own choice, else the municipality's, else bokmål. */
  language: Language
  /** Whether the person chose the language themselves (instead of following the municipality). */
  chosen: boolean
  chooseLanguage(language: Language): void
  t(key: MessageKey, vars?: Vars): string
  term(key: TermKey | string, capitalized?: boolean): string
  formatDate: typeof formatDate
  formatDateTime: typeof formatDateTime
  formatNumber: typeof formatNumber
  formatAmount: typeof formatAmount
  formatMeasure: typeof formatMeasure
}

interface Municipality {
  language?: Language
  terminology?: Terminology
}

const I18nContext = createContext<I18n | null>(null)
const MunicipalityContext = createContext<(settings: Municipality) => void>(() => {})

/** Fills in {{vars}} and {term:key} / {Term:key} (the municipality's name for a concept, capitalized with Term). */
export function interpolate(template: string, vars: Vars | undefined, term: (key: string, capitalized: boolean) => string): string {
  return template
    .replace(/\{([Tt])erm:([a-zA-Z0-9.]+)\}/g, (_, t: string, key: string) => term(key, t === 'T'))
    .replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole))
}

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(CHOSEN_LANGUAGE)
    return isLanguage(value) ? value : null
  } catch {
    return null
  }
}

export function createI18n(language: Language, terminology: Terminology = {}, chosen = false,
  chooseLanguage: (language: Language) => void = () => {}): I18n {
  const messages = DICTIONARIES[language]
  const term = (key: string, capitalized = false) => {
    const labels = terminology[key] ?? DEFAULT_TERMINOLOGY[key as TermKey]
    const name = labels?.[language] ?? key
    return capitalized ? capitalize(name) : name
  }
  return {
    language,
    chosen,
    chooseLanguage,
    t: (key, vars) => interpolate(messages[key] ?? key, vars, term),
    term,
    formatDate,
    formatDateTime,
    formatNumber,
    formatAmount,
    formatMeasure,
  }
}

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [chosen, setChosen] = useState<Language | null>(() => initialLanguage ?? storedLanguage())
  const [municipality, setMunicipality] = useState<Municipality>({})
  const language: Language = chosen ?? municipality.language ?? 'nb'

  const chooseLanguage = useCallback((next: Language) => {
    setChosen(next)
    try {
      localStorage.setItem(CHOSEN_LANGUAGE, next)
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, [])

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  const i18n = useMemo(
    () => createI18n(language, municipality.terminology, chosen !== null, chooseLanguage),
    [language, municipality.terminology, chosen, chooseLanguage],
  )
  return (
    <MunicipalityContext.Provider value={setMunicipality}>
      <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
    </MunicipalityContext.Provider>
  )
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext)
  if (!i18n) {
    throw new Error('useI18n needs an I18nProvider')
  }
  return i18n
}

/** Lets the signed-in part of the app hand over the municipality's language and terminology from its settings. */
export function useSetMunicipalitySettings(): (settings: Municipality) => void {
  return useContext(MunicipalityContext)
}
