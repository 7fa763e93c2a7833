import { Prisma, PrismaClient, type User, type Post } from '@prisma/client';

/**
 * Thin repository layer over Prisma. Keeps query shapes in one place and
 * exposes narrow, intention-revealing methods to the service layer.
 */

export type UserWithPosts = Prisma.UserGetPayload<{ include: { posts: true } }>;

export interface ListUsersParams {
  search?: string;
  role?: User['role'];
  cursor?: string;
  take?: number;
  orderBy?: keyof Pick<User, 'createdAt' | 'email' | 'name'>;
}

export interface CursorPage<T> {
  data: T[];
  nextCursor: string | null;
}

export class UserNotFoundError extends Error {
  constructor(public readonly userId: string) {
    super(`User ${userId} was not found`);
    this.name = 'UserNotFoundError';
  }
}

export class DuplicateEmailError extends Error {
  constructor(public readonly email: string) {
    super(`Email ${email} is already registered`);
    this.name = 'DuplicateEmailError';
  }
}

function isUniqueViolation(err: unknown): err is Prisma.PrismaClientKnownRequestError {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
}

function isNotFound(err: unknown): err is Prisma.PrismaClientKnownRequestError {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2025';
}

export class UserRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async findById(id: string): Promise<User | null> {
    return this.prisma.user.findUnique({ where: { id } });
  }

  async getById(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new UserNotFoundError(id);
    return user;
  }

  async findWithPosts(id: string, publishedOnly = true): Promise<UserWithPosts | null> {
    return this.prisma.user.findUnique({
      where: { id },
      include: {
        posts: {
          where: publishedOnly ? { published: true } : undefined,
          orderBy: { createdAt: 'desc' },
        },
      },
    });
  }

  async list(params: ListUsersParams = {}): Promise<CursorPage<User>> {
    const take = Math.min(params.take ?? 25, 100);
    const where: Prisma.UserWhereInput = {
      ...(params.role ? { role: params.role } : {}),
      ...(params.search
        ? {
            OR: [
              { email: { contains: params.search, mode: 'insensitive' } },
              { name: { contains: params.search, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
    const rows = await this.prisma.user.findMany({
      where,
      take: take + 1,
      ...(params.cursor ? { cursor: { id: params.cursor }, skip: 1 } : {}),
      orderBy: [{ [params.orderBy ?? 'createdAt']: 'desc' }, { id: 'asc' }],
    });
    const hasMore = rows.length > take;
    const data = hasMore ? rows.slice(0, take) : rows;
    return { data, nextCursor: hasMore ? data[data.length - 1]!.id : null };
  }

  async create(input: Prisma.UserCreateInput): Promise<User> {
    try {
      return await this.prisma.user.create({ data: input });
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateEmailError(input.email);
      throw err;
    }
  }

  async update(id: string, patch: Prisma.UserUpdateInput): Promise<User> {
    try {
      return await this.prisma.user.update({ where: { id }, data: patch });
    } catch (err) {
      if (isNotFound(err)) throw new UserNotFoundError(id);
      throw err;
    }
  }

  async deleteWithPosts(id: string): Promise<{ user: User; deletedPosts: number }> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.post.deleteMany({ where: { authorId: id } });
      const user = await tx.user.delete({ where: { id } });
      return { user, deletedPosts: count };
    });
  }

  async latestPosts(authorId: string, limit: number = 5): Promise<Pick<Post, 'id' | 'title' | 'createdAt'>[]> {
    return this.prisma.post.findMany({
      where: { authorId, published: true },
      select: { id: true, title: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
      take: limit,
    });
  }

  async countByRole(): Promise<Record<string, number>> {
    const groups = await this.prisma.user.groupBy({ by: ['role'], _count: { _all: true } });
    return Object.fromEntries(groups.map((g) => [g.role, g._count._all]));
  }
}
