import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workspace')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('membership')
    .addColumn('workspace_id', 'uuid', (col) => col.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull().defaultTo('member').check(sql`role in ('owner', 'admin', 'member')`))
    .addPrimaryKeyConstraint('membership_pk', ['workspace_id', 'user_id'])
    .execute()

  await db.schema.createIndex('membership_user_idx').on('membership').column('user_id').execute()

  // backfill: every existing user gets a personal workspace
  await sql`
    insert into workspace (slug, name)
    select 'u-' || substr(id::text, 1, 8), coalesce(display_name, email) || '''s workspace'
    from app_user
  `.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('membership').execute()
  await db.schema.dropTable('workspace').execute()
}
