/* eslint-disable */
// THIS FILE IS GENERATED — DO NOT EDIT. Run `npm run codegen` to update.

export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  DateTime: { input: string; output: string };
  Money: { input: number; output: number };
  URL: { input: string; output: string };
};

export enum OrderStatus {
  Cancelled = 'CANCELLED',
  Delivered = 'DELIVERED',
  Pending = 'PENDING',
  Shipped = 'SHIPPED'
}

export enum SortDirection {
  Asc = 'ASC',
  Desc = 'DESC'
}

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2?: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  addresses: Array<Address>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  orders: OrderConnection;
};

export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};

export type LineItem = {
  __typename?: 'LineItem';
  id: Scalars['ID']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  unitPrice: Scalars['Money']['output'];
};

export type Order = {
  __typename?: 'Order';
  customer: Customer;
  id: Scalars['ID']['output'];
  items: Array<LineItem>;
  placedAt: Scalars['DateTime']['output'];
  shippingAddress?: Maybe<Address>;
  status: OrderStatus;
  total: Scalars['Money']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['URL']['output']>;
  name: Scalars['String']['output'];
  price: Scalars['Money']['output'];
  sku: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  customer?: Maybe<Customer>;
  order?: Maybe<Order>;
  products: Array<Product>;
};

export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};

export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};

export type QueryProductsArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<SortDirection>;
};

export type UpdateOrderStatusInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  status: OrderStatus;
};

export type Mutation = {
  __typename?: 'Mutation';
  updateOrderStatus: Order;
};

export type MutationUpdateOrderStatusArgs = {
  input: UpdateOrderStatusInput;
};

export type CustomerOrdersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type CustomerOrdersQuery = {
  __typename?: 'Query';
  customer?: {
    __typename?: 'Customer';
    id: string;
    name: string;
    orders: {
      __typename?: 'OrderConnection';
      totalCount: number;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
      edges: Array<{
        __typename?: 'OrderEdge';
        node: { __typename?: 'Order'; id: string; status: OrderStatus; total: number; placedAt: string };
      }>;
    };
  } | null;
};

export type UpdateOrderStatusMutationVariables = Exact<{
  input: UpdateOrderStatusInput;
}>;

export type UpdateOrderStatusMutation = {
  __typename?: 'Mutation';
  updateOrderStatus: { __typename?: 'Order'; id: string; status: OrderStatus };
};
