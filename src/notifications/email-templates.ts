import Mustache from 'mustache';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../common/templates-dir';

export const EMAIL_TEMPLATES = [
  'booking_confirmed',
  'debit_note_issued',
  'vessel_rolled',
  'statement',
  'payment_reminder',
  'cutoff_alert',
  'roll_risk',
  'bl_released',
  'payment_received',
  'approval_waiting',
  'so_notice',
  'bl_draft',
  'papers_sent',
] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

/**
 * Who each e-mail is written for. A client user's list of e-mails shows only those written for clients;
 * a new template must say which it is (docs/security.md, "Issue 11: what clients see").
 */
export const EMAIL_AUDIENCE: Readonly<Record<EmailTemplate, 'client' | 'staff'>> = {
  booking_confirmed: 'client',
  debit_note_issued: 'client',
  vessel_rolled: 'client',
  statement: 'client',
  payment_reminder: 'client',
  cutoff_alert: 'staff',
  roll_risk: 'staff',
  bl_released: 'client',
  payment_received: 'client',
  approval_waiting: 'staff',
  bl_draft: 'client',
  so_notice: 'client',
  papers_sent: 'client',
};
export const CLIENT_EMAIL_TEMPLATES = EMAIL_TEMPLATES.filter((name) => EMAIL_AUDIENCE[name] === 'client');
export type Language = 'zh' | 'en';

type TemplateFile = Record<Language, { subject: string; body: string }>;
const cache = new Map<EmailTemplate, TemplateFile>();

function load(name: EmailTemplate): TemplateFile {
  let file = cache.get(name);
  if (!file) {
    file = JSON.parse(readFileSync(join(templatesDir(), 'emails', `${name}.json`), 'utf8')) as TemplateFile;
    cache.set(name, file);
  }
  return file;
}

/** Subject and plain-text body of an e-mail from templates/emails/<name>.json, in the reader's language. */
export function renderEmail(
  name: EmailTemplate,
  language: Language,
  view: Record<string, unknown>,
): { subject: string; body: string } {
  const template = load(name)[language];
  // Plain text: no HTML escaping of names like "Smith & Sons".
  const render = (text: string): string =>
    Mustache.render(text, view, {}, { escape: (v: unknown) => String(v) });
  return { subject: render(template.subject).replace(/\s+/g, ' ').trim(), body: render(template.body) };
}

/** Checks every template parses in both languages (run at boot so a broken file fails fast). */
export function checkEmailTemplates(): void {
  for (const name of EMAIL_TEMPLATES) {
    const file = load(name);
    for (const language of ['zh', 'en'] as const) {
      if (!file[language]?.subject || !file[language]?.body)
        throw new Error(`templates/emails/${name}.json: no ${language} text`);
      Mustache.parse(file[language].subject);
      Mustache.parse(file[language].body);
    }
  }
}
