function first<T>(items: readonly T[] | undefined): T | undefined {
  return items?.[0];
}
const user = first(response?.data?.users) ?? { name: 'anonymous' };
