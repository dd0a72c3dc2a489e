import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';

export interface OutgoingMessage {
  messageId: string;
  /** The company's address under its name ("深圳某某国际货运代理有限公司" <ops@...>). */
  from: { name: string; address: string };
  replyTo?: string;
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

/** Where e-mails go: a pooled SMTP connection (SMTP_URL), or .eml files under DATA_DIR/outbox. */
export interface MailTransport {
  readonly kind: 'smtp' | 'file';
  send(message: OutgoingMessage): Promise<void>;
  close(): void;
}

export function createMailTransport(config: AppConfig): MailTransport {
  if (config.mail.smtpUrl) {
    const transporter: Transporter = nodemailer.createTransport({
      url: config.mail.smtpUrl,
      pool: true,
      maxConnections: 3,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as never);
    return {
      kind: 'smtp',
      send: async (m) => {
        await transporter.sendMail({ ...m, to: m.to.join(', ') });
      },
      close: () => transporter.close(),
    };
  }
  // A new user sees exactly what would be sent, byte for byte, without a mail server.
  const dir = resolve(config.dataDir, 'outbox');
  const streamer: Transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    kind: 'file',
    send: async (m) => {
      const info = (await streamer.sendMail({ ...m, to: m.to.join(', ') })) as { message: Buffer };
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${m.messageId.replace(/[<>]/g, '').replace(/[^\w.@-]/g, '_')}.eml`),
        info.message,
      );
    },
    close: () => undefined,
  };
}
