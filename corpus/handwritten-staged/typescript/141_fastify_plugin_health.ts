import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyPluginAsync } from 'fastify'

export type CheckStatus = 'up' | 'down' | 'degraded'

export interface HealthCheck {
  name: string
  critical?: boolean
  timeoutMs?: number
  run(): Promise<CheckStatus | { status: CheckStatus; detail?: string }>
}

interface HealthPluginOptions {
  prefix?: string
  checks?: HealthCheck[]
}

interface CheckReport {
  name: string
  status: CheckStatus
  durationMs: number
  detail?: string
}

declare module 'fastify' {
  interface FastifyInstance {
    registerHealthCheck(check: HealthCheck): void
  }
}

async function runWithTimeout(check: HealthCheck): Promise<CheckReport> {
  const started = performance.now()
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('timeout')), check.timeoutMs ?? 2000),
  )
  try {
    const outcome = await Promise.race([check.run(), timeout])
    const normalized = typeof outcome === 'string' ? { status: outcome } : outcome
    return { name: check.name, durationMs: Math.round(performance.now() - started), ...normalized }
  } catch (err) {
    return {
      name: check.name,
      status: 'down',
      durationMs: Math.round(performance.now() - started),
      detail: (err as Error).message,
    }
  }
}

const healthPlugin: FastifyPluginAsync<HealthPluginOptions> = async (app: FastifyInstance, opts) => {
  const checks: HealthCheck[] = [...(opts.checks ?? [])]
  const prefix = opts.prefix ?? '/health'

  app.decorate('registerHealthCheck', (check: HealthCheck) => {
    checks.push(check)
  })

  app.get(`${prefix}/live`, async () => ({ status: 'up' as const, uptime: process.uptime() }))

  app.get(`${prefix}/ready`, {
    schema: {
      response: {
        200: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['up', 'down', 'degraded'] },
            checks: { type: 'array' },
          },
        },
      },
    },
    handler: async (_req, reply) => {
      const reports = await Promise.all(checks.map(runWithTimeout))
      const criticalDown = reports.some((r, i) => r.status === 'down' && checks[i]!.critical !== false)
      const anyIssue = reports.some((r) => r.status !== 'up')
      const status: CheckStatus = criticalDown ? 'down' : anyIssue ? 'degraded' : 'up'
      return reply.code(status === 'down' ? 503 : 200).send({ status, checks: reports })
    },
  })
}

export default fp(healthPlugin, { name: 'health', fastify: '4.x' })
