// Key builders for a single-table DynamoDB design.
// Template literal types keep PK/SK formats honest at compile time.

type Id = string & { readonly __id: unique symbol };

export type EntityType = 'USER' | 'ORG' | 'PROJECT' | 'TASK';

export type PK =
  | `USER#${string}`
  | `ORG#${string}`;

export type SK =
  | 'PROFILE'
  | `MEMBER#${string}`
  | `PROJECT#${string}`
  | `TASK#${string}#${string}`;

export interface BaseItem<T extends EntityType> {
  readonly PK: PK;
  readonly SK: SK;
  readonly type: T;
  readonly GSI1PK?: string;
  readonly GSI1SK?: string;
  createdAt: string;
}

export interface UserItem extends BaseItem<'USER'> {
  email: string;
  name: string;
}

export interface ProjectItem extends BaseItem<'PROJECT'> {
  title: string;
  archived: boolean;
}

export interface TaskItem extends BaseItem<'TASK'> {
  title: string;
  status: 'todo' | 'doing' | 'done';
  assignee?: string;
}

export type AnyItem = UserItem | ProjectItem | TaskItem;

export const keys = {
  user: (userId: string) => ({ PK: `USER#${userId}`, SK: 'PROFILE' }) as const satisfies Pick<BaseItem<'USER'>, 'PK' | 'SK'>,
  membership: (orgId: string, userId: string) => ({ PK: `ORG#${orgId}`, SK: `MEMBER#${userId}` }) as const,
  project: (orgId: string, projectId: string) => ({ PK: `ORG#${orgId}`, SK: `PROJECT#${projectId}` }) as const,
  task: (orgId: string, projectId: string, taskId: string) =>
    ({ PK: `ORG#${orgId}`, SK: `TASK#${projectId}#${taskId}` }) as const,
  tasksInProject: (orgId: string, projectId: string) =>
    ({ PK: `ORG#${orgId}` as const, skPrefix: `TASK#${projectId}#` as const }),
};

type ItemOf<T extends EntityType> = Extract<AnyItem, { type: T }>;

export function isItemOf<T extends AnyItem['type']>(item: AnyItem, type: T): item is ItemOf<T> {
  return item.type === type;
}

export function parseSk(sk: SK): { kind: 'profile' } | { kind: 'member' | 'project'; id: string } | { kind: 'task'; projectId: string; taskId: string } {
  if (sk === 'PROFILE') return { kind: 'profile' };
  const [prefix, a, b] = sk.split('#') as [string, string, string | undefined];
  switch (prefix) {
    case 'MEMBER': return { kind: 'member', id: a };
    case 'PROJECT': return { kind: 'project', id: a };
    case 'TASK': return { kind: 'task', projectId: a, taskId: b! };
    default: throw new Error(`unrecognised sort key: ${sk}`);
  }
}
