// Typed builders for a handful of Kubernetes manifests, emitted as YAML-ready objects.
// Only the fields we actually use are modelled.

export type Labels = Readonly<Record<string, string>>;

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Labels;
  annotations?: Record<string, string>;
}

interface Manifest<Kind extends string, ApiVersion extends string, Spec> {
  apiVersion: ApiVersion;
  kind: Kind;
  metadata: ObjectMeta;
  spec: Spec;
}

export type Quantity = `${number}m` | `${number}` | `${number}Mi` | `${number}Gi`;

export interface Resources {
  requests?: { cpu?: Quantity; memory?: Quantity };
  limits?: { cpu?: Quantity; memory?: Quantity };
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef: { name: string; key: string } } | { configMapKeyRef: { name: string; key: string } };
}

export interface Probe {
  httpGet?: { path: string; port: number | string };
  tcpSocket?: { port: number };
  initialDelaySeconds?: number;
  periodSeconds?: number;
  failureThreshold?: number;
}

export interface Container {
  name: string;
  image: `${string}:${string}` | `${string}@sha256:${string}`;
  ports?: Array<{ name?: string; containerPort: number; protocol?: 'TCP' | 'UDP' }>;
  env?: EnvVar[];
  resources?: Resources;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  args?: string[];
}

export type Deployment = Manifest<
  'Deployment',
  'apps/v1',
  {
    replicas: number;
    selector: { matchLabels: Labels };
    strategy?: { type: 'RollingUpdate'; rollingUpdate?: { maxSurge: number | `${number}%`; maxUnavailable: number | `${number}%` } } | { type: 'Recreate' };
    template: { metadata: { labels: Labels; annotations?: Record<string, string> }; spec: { containers: Container[]; serviceAccountName?: string } };
  }
>;

export type Service = Manifest<
  'Service',
  'v1',
  {
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
    selector: Labels;
    ports: Array<{ name?: string; port: number; targetPort: number | string }>;
  }
>;

export type HorizontalPodAutoscaler = Manifest<
  'HorizontalPodAutoscaler',
  'autoscaling/v2',
  {
    scaleTargetRef: { apiVersion: 'apps/v1'; kind: 'Deployment'; name: string };
    minReplicas: number;
    maxReplicas: number;
    metrics: Array<{ type: 'Resource'; resource: { name: 'cpu' | 'memory'; target: { type: 'Utilization'; averageUtilization: number } } }>;
  }
>;

export type AnyManifest = Deployment | Service | HorizontalPodAutoscaler;

export interface AppSpec {
  name: string;
  namespace: string;
  image: Container['image'];
  port: number;
  replicas?: number;
  autoscale?: { min: number; max: number; cpuPercent: number };
  env?: Record<string, string | { secret: string; key: string }>;
  resources?: Resources;
}

function toEnv(env: NonNullable<AppSpec['env']>): EnvVar[] {
  return Object.entries(env).map(([name, v]) =>
    typeof v === 'string' ? { name, value: v } : { name, valueFrom: { secretKeyRef: { name: v.secret, key: v.key } } },
  );
}

export function webApp(spec: AppSpec): AnyManifest[] {
  const labels: Labels = { 'app.kubernetes.io/name': spec.name, 'app.kubernetes.io/managed-by': 'ts-manifests' };
  const metadata: ObjectMeta = { name: spec.name, namespace: spec.namespace, labels };

  const deployment: Deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: {
      replicas: spec.replicas ?? 2,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: spec.name,
              image: spec.image,
              ports: [{ name: 'http', containerPort: spec.port }],
              env: spec.env ? toEnv(spec.env) : undefined,
              resources: spec.resources ?? { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
              readinessProbe: { httpGet: { path: '/health/ready', port: 'http' }, periodSeconds: 5 },
              livenessProbe: { httpGet: { path: '/health/live', port: 'http' }, initialDelaySeconds: 10 },
            },
          ],
        },
      },
    },
  };

  const service: Service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata,
    spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  };

  const out: AnyManifest[] = [deployment, service];

  if (spec.autoscale) {
    const { min, max, cpuPercent } = spec.autoscale;
    if (min > max) throw new RangeError(`autoscale.min (${min}) > autoscale.max (${max})`);
    out.push({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: spec.name },
        minReplicas: min,
        maxReplicas: max,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpuPercent } } }],
      },
    });
  }
  return out;
}

const manifests = webApp({
  name: 'billing-api',
  namespace: 'payments',
  image: 'registry.example.com/billing-api:1.14.2',
  port: 8080,
  autoscale: { min: 2, max: 10, cpuPercent: 70 },
  env: { LOG_LEVEL: 'info', DATABASE_URL: { secret: 'billing-db', key: 'url' } },
});

process.stdout.write(manifests.map((m) => JSON.stringify(m, null, 2)).join('\n---\n') + '\n');
