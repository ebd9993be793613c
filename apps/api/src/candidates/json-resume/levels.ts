/**
 * Vocabulary bridges between JSON Resume's free-text levels and the profile's scales. Export writes words
 * that import reads back, so export → import is lossless for levels.
 */
import { ISO_639_1_CODES, type LanguageLevel } from '@talents/shared';

export const SKILL_LEVEL_WORDS = ['Beginner', 'Elementary', 'Intermediate', 'Advanced', 'Expert'] as const;

const SKILL_WORDS: [RegExp, number][] = [
  [/^(beginner|novice|notions?|debutant|basic)/, 1],
  [/^(elementary|junior|elementaire)/, 2],
  [/^(intermediate|intermediaire|confirmed|confirme|competent)/, 3],
  [/^(advanced|avance|proficient|senior)/, 4],
  [/^(expert|master|maitrise|mastery)/, 5],
];

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();

/** "Advanced" → 4, "3" or "3/5" → 3; null when the word means nothing known. */
export function skillLevelFromText(text: string | undefined): number | null {
  if (!text) return null;
  const value = fold(text);
  const digit = /^([1-5])(\s*\/\s*5)?$/.exec(value);
  if (digit) return Number(digit[1]);
  return SKILL_WORDS.find(([re]) => re.test(value))?.[1] ?? null;
}

export function skillLevelToText(level: number): string {
  return SKILL_LEVEL_WORDS[Math.min(Math.max(level, 1), 5) - 1]!;
}

/** "C1", "Native speaker", "Courant"… → CEFR level; null when unknown. */
export function languageLevelFromText(text: string | undefined): LanguageLevel | null {
  if (!text) return null;
  const value = fold(text);
  const cefr = /\b([abc][12])\b/.exec(value);
  if (cefr) return cefr[1]!.toUpperCase() as LanguageLevel;
  if (/native|maternelle|bilingu|mother tongue/.test(value)) return 'NATIVE';
  if (/full professional|fluent|courant/.test(value)) return 'C1';
  if (/professional|professionnel/.test(value)) return 'B2';
  if (/intermediate|intermediaire|conversational/.test(value)) return 'B1';
  if (/elementary|basic|notions|scolaire/.test(value)) return 'A2';
  if (/beginner|debutant/.test(value)) return 'A1';
  return null;
}

export function languageLevelToText(level: LanguageLevel): string {
  return level === 'NATIVE' ? 'Native speaker' : level;
}

const names = { en: new Intl.DisplayNames(['en'], { type: 'language' }), fr: new Intl.DisplayNames(['fr'], { type: 'language' }) };
let byName: Map<string, string> | null = null;

/** "French", "Français", "fr" → "fr"; null when not an ISO 639-1 language. */
export function languageCodeFromText(text: string | undefined): string | null {
  if (!text) return null;
  const value = fold(text);
  if (ISO_639_1_CODES.includes(value)) return value;
  if (!byName) {
    byName = new Map();
    for (const code of ISO_639_1_CODES) {
      for (const dn of [names.en, names.fr]) {
        const name = dn.of(code);
        if (name && name !== code) byName.set(fold(name), code);
      }
    }
  }
  return byName.get(value) ?? null;
}

export function languageName(code: string): string {
  return names.en.of(code) ?? code;
}
