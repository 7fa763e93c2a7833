import Fastify, { FastifyInstance, FastifyPluginAsync } from 'fastify'
import { Type, Static } from '@sinclair/typebox'

const Measurement = Type.Object({
  sensorId: Type.String({ pattern: '^[a-z0-9-]+$' }),
  takenAt: Type.String({ format: 'date-time' }),
  celsius: Type.Number({ minimum: -80, maximum: 120 }),
  humidity: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
})
type Measurement = Static<typeof Measurement>

const Params = Type.Object({ sensorId: Type.String() })
const Query = Type.Object({
  since: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
})

declare module 'fastify' {
  interface FastifyInstance {
    readings: Map<string, Measurement[]>
  }
}

const sensors: FastifyPluginAsync = async (app) => {
  app.decorate('readings', new Map<string, Measurement[]>())

  app.post<{ Body: Measurement }>('/measurements', {
    schema: { body: Measurement, response: { 202: Type.Object({ accepted: Type.Boolean() }) } },
  }, async (req, reply) => {
    const list = app.readings.get(req.body.sensorId) ?? []
    list.push(req.body)
    app.readings.set(req.body.sensorId, list)
    return reply.code(202).send({ accepted: true })
  })

  app.get<{ Params: Static<typeof Params>; Querystring: Static<typeof Query> }>('/sensors/:sensorId', {
    schema: { params: Params, querystring: Query },
  }, async (req) => {
    const since = req.query.since ? Date.parse(req.query.since) : 0
    const all = app.readings.get(req.params.sensorId) ?? []
    return all.filter(m => Date.parse(m.takenAt) >= since).slice(-req.query.limit)
  })
}

export async function build(): Promise<FastifyInstance> {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } })
  await app.register(sensors, { prefix: '/v1' })
  app.get('/healthz', async () => ({ ok: true }))
  return app
}

if (require.main === module) {
  build().then(app => app.listen({ port: 8080, host: '0.0.0.0' }))
}
