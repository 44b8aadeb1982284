export const LANGUAGES = ['nb', 'nn', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** Each language's name in itself, as a language picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' }

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}
