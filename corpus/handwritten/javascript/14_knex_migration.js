exports.up = async function (knex) {
  await knex.schema.createTable('authors', (t) => {
    t.increments('id').primary();
    t.string('name', 120).notNullable();
    t.string('country', 2);
    t.timestamps(true, true);
  });

  await knex.schema.createTable('books', (t) => {
    t.increments('id').primary();
    t.integer('author_id').unsigned().notNullable().references('authors.id').onDelete('CASCADE');
    t.string('title', 255).notNullable();
    t.string('isbn', 13).unique();
    t.integer('pages');
    t.date('published_on');
    t.index(['author_id', 'published_on']);
  });
};

exports.down = async function (knex) {
  await knex.schema.dropTableIfExists('books');
  await knex.schema.dropTableIfExists('authors');
};
