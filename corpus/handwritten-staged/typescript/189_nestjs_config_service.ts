import { Global, Inject, Injectable, Module, type DynamicModule } from '@nestjs/common';
import { readFileSync } from 'node:fs';

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface DatabaseConfig {
  readonly host: string;
  readonly port: number;
  readonly name: string;
  readonly poolSize: number;
}

export interface AppConfig {
  readonly env: 'development' | 'staging' | 'production';
  readonly http: { readonly port: number; readonly corsOrigins: readonly string[] };
  readonly db: DatabaseConfig;
  readonly jwt: { readonly secret: string; readonly ttlSeconds: number };
}

type PathsOf<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends object
    ? T[K] extends readonly unknown[]
      ? `${P}${K}`
      : `${P}${K}` | PathsOf<T[K], `${P}${K}.`>
    : `${P}${K}`;
}[keyof T & string];

type ValueAt<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ValueAt<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

@Injectable()
export class ConfigService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get<P extends PathsOf<AppConfig>>(path: P): ValueAt<AppConfig, P> {
    return path.split('.').reduce<unknown>((obj, key) => (obj as Record<string, unknown>)[key], this.config) as ValueAt<
      AppConfig,
      P
    >;
  }

  get isProduction(): boolean {
    return this.config.env === 'production';
  }
}

function loadFromEnv(): AppConfig {
  const need = (name: string): string => {
    const v = process.env[name];
    if (!v) throw new Error(`Missing required env var ${name}`);
    return v;
  };
  return {
    env: (process.env.APP_ENV as AppConfig['env']) ?? 'development',
    http: {
      port: Number(process.env.PORT ?? 3000),
      corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').filter(Boolean),
    },
    db: {
      host: need('DB_HOST'),
      port: Number(process.env.DB_PORT ?? 5432),
      name: need('DB_NAME'),
      poolSize: Number(process.env.DB_POOL ?? 10),
    },
    jwt: {
      secret: process.env.JWT_SECRET_FILE ? readFileSync(process.env.JWT_SECRET_FILE, 'utf8').trim() : need('JWT_SECRET'),
      ttlSeconds: Number(process.env.JWT_TTL ?? 900),
    },
  };
}

function assertValidConfig(cfg: AppConfig): asserts cfg is AppConfig {
  const problems: string[] = [];
  if (!Number.isInteger(cfg.http.port) || cfg.http.port <= 0) problems.push('http.port must be a positive integer');
  if (cfg.db.poolSize < 1 || cfg.db.poolSize > 100) problems.push('db.poolSize must be within 1..100');
  if (cfg.env === 'production' && cfg.jwt.secret.length < 32) problems.push('jwt.secret is too short for production');
  if (cfg.env === 'production' && cfg.http.corsOrigins.includes('*')) problems.push('wildcard CORS is not allowed in production');
  if (problems.length > 0) {
    throw new Error(`Invalid configuration:\n - ${problems.join('\n - ')}`);
  }
}

function buildConfig(overrides: Partial<AppConfig>): AppConfig {
  const cfg: AppConfig = { ...loadFromEnv(), ...overrides };
  assertValidConfig(cfg);
  return Object.freeze(cfg);
}

@Global()
@Module({})
export class ConfigModule {
  static forRoot(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => buildConfig(overrides) }, ConfigService],
      exports: [ConfigService],
    };
  }
}

// const port = config.get('http.port');   // number
// const pool = config.get('db.poolSize'); // number
