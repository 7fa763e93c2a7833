const { GraphQLError } = require('graphql');
const DataLoader = require('dataloader');

const typeDefs = /* GraphQL */ `
  type Author {
    id: ID!
    fullName: String!
    books: [Book!]!
  }

  type Book {
    id: ID!
    title: String!
    genre: String
    published: Int
    author: Author
    averageRating: Float
  }

  type BookEdge {
    node: Book!
    cursor: String!
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  type BookConnection {
    edges: [BookEdge!]!
    pageInfo: PageInfo!
  }

  type Review {
    id: ID!
    rating: Int!
    body: String
  }

  input ReviewInput {
    bookId: ID!
    rating: Int!
    body: String
  }

  type Query {
    book(id: ID!): Book
    books(first: Int = 20, after: String, genre: String): BookConnection!
  }

  type Mutation {
    addReview(input: ReviewInput!): Review!
  }
`;

function createLoaders(db) {
  return {
    author: new DataLoader(async (ids) => {
      const rows = await db('authors').whereIn('id', ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    booksByAuthor: new DataLoader(async (authorIds) => {
      const rows = await db('books').whereIn('author_id', authorIds).orderBy('published', 'desc');
      return authorIds.map((id) => rows.filter((r) => r.author_id === id));
    }),
  };
}

const resolvers = {
  Query: {
    book: (_parent, { id }, { db }) => db('books').where({ id }).first(),
    books: async (_parent, { first = 20, after, genre }, { db }) => {
      let q = db('books').orderBy('id').limit(first + 1);
      if (after) q = q.where('id', '>', Buffer.from(after, 'base64').toString());
      if (genre) q = q.where({ genre });
      const rows = await q;
      const hasNextPage = rows.length > first;
      const nodes = rows.slice(0, first);
      return {
        edges: nodes.map((node) => ({ node, cursor: Buffer.from(String(node.id)).toString('base64') })),
        pageInfo: { hasNextPage, endCursor: nodes.length ? Buffer.from(String(nodes.at(-1).id)).toString('base64') : null },
      };
    },
  },

  Mutation: {
    addReview: async (_parent, { input }, { db, user }) => {
      if (!user) {
        throw new GraphQLError('You must be signed in', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      if (input.rating < 1 || input.rating > 5) {
        throw new GraphQLError('Rating must be between 1 and 5', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const [review] = await db('reviews')
        .insert({ book_id: input.bookId, user_id: user.id, rating: input.rating, body: input.body })
        .returning('*');
      return review;
    },
  },

  Book: {
    author: (book, _args, { loaders }) => loaders.author.load(book.author_id),
    averageRating: async (book, _args, { db }) => {
      const row = await db('reviews').where({ book_id: book.id }).avg('rating as avg').first();
      return row.avg == null ? null : Number(row.avg);
    },
  },

  Author: {
    books: (author, _args, { loaders }) => loaders.booksByAuthor.load(author.id),
    fullName: (a) => `${a.first_name} ${a.last_name}`,
  },
};

module.exports = { typeDefs, resolvers, createLoaders };
