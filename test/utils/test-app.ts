import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp, createFastifyAdapter, NEST_APP_OPTIONS } from '../../src/app.setup';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import type { Role } from '../../src/common/roles';
import { createTestDatabase, TestDatabase } from './test-database';

export const ADMIN = { email: 'admin@quayside.test', password: 'admin-pass-123' };
export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  db: TestDatabase;
  dataSource: DataSource;
  http: () => TestAgent;
  /** A bearer token for a user of this role (created once per role and app). */
  tokenFor(role: Exclude<Role, 'client'>): Promise<string>;
  /** The id of the default user of this role (the one tokenFor logs in as). */
  userIdFor(role: Exclude<Role, 'client' | 'admin'>): Promise<string>;
  login(email: string, password: string): Promise<string>;
  /** Creates a user through the API as the admin; returns its id and token. */
  createUser(input: {
    role: Role;
    email?: string;
    name?: string;
    clientId?: string;
    teamLeadId?: string;
  }): Promise<{
    id: string;
    email: string;
    token: string;
  }>;
  close(): Promise<void>;
}

let userSeq = 0;
const PASSWORD = 'user-pass-123';

/** The real AppModule over HTTP on a fresh, migrated database of this run's kind (PGlite or PostgreSQL). */
export async function createTestApp(env: Record<string, string> = {}, db?: TestDatabase): Promise<TestApp> {
  const database = db ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT: '1000',
    SCHEDULER_ENABLED: 'false',
    // On a server the data directory holds only the file outbox: a temporary one, never the repo's ./data.
    ...(database.database.kind === 'postgres'
      ? { DATABASE_URL: database.database.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'quayside-files-')) }
      : { DATA_DIR: database.database.dataDir, DATABASE_URL: '' }),
    ...env,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config),
    createFastifyAdapter(config),
    {
      ...NEST_APP_OPTIONS,
      logger: false,
      bufferLogs: false,
    },
  );
  configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const http = (): TestAgent => request(app.getHttpServer());
  const login = async (email: string, password: string): Promise<string> => {
    const res = await http().post('/api/v1/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  let adminToken: string | undefined;
  const createUser: TestApp['createUser'] = async (input) => {
    adminToken ??= await login(ADMIN.email, ADMIN.password);
    const email = input.email ?? `${input.role}${++userSeq}.${process.pid}@quayside.test`;
    const res = await http()
      .post('/api/v1/users')
      .auth(adminToken, { type: 'bearer' })
      .send({
        email,
        name: input.name ?? `Test ${input.role} ${userSeq}`,
        password: PASSWORD,
        role: input.role,
        ...(input.clientId ? { clientId: input.clientId } : {}),
        ...(input.teamLeadId ? { teamLeadId: input.teamLeadId } : {}),
      });
    if (res.status !== 201) throw new Error(`create user: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id as string, email, token: await login(email, PASSWORD) };
  };
  // One default user per role; the default salesperson is in the default manager's team, and the
  // factories' clients belong to that salesperson, so every staff role sees the fixtures by default.
  const defaults = new Map<string, Promise<{ id: string; token: string }>>();
  const defaultUser = (role: Exclude<Role, 'client' | 'admin'>): Promise<{ id: string; token: string }> => {
    let user = defaults.get(role);
    if (!user) {
      user = (async () =>
        createUser({
          role,
          ...(role === 'sales' ? { teamLeadId: (await defaultUser('manager')).id } : {}),
        }))();
      defaults.set(role, user);
    }
    return user;
  };
  const tokenFor: TestApp['tokenFor'] = async (role) => {
    if (role === 'admin') {
      adminToken ??= await login(ADMIN.email, ADMIN.password);
      return adminToken;
    }
    return (await defaultUser(role)).token;
  };

  return {
    app,
    config,
    db: database,
    dataSource: app.get(DataSource),
    http,
    tokenFor,
    userIdFor: async (role) => (await defaultUser(role)).id,
    login,
    createUser,
    close: async () => {
      await app.close();
      if (!db) await database.dispose();
    },
  };
}

/** A fresh app (as createTestApp) and a token for one staff role: the opening of most suites. */
export async function createTestAppAs(role: Exclude<Role, 'client'>): Promise<{ t: TestApp; token: string }> {
  const t = await createTestApp();
  return { t, token: await t.tokenFor(role) };
}
