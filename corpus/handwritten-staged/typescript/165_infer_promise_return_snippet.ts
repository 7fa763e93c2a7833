type Awaitable<T> = T | PromiseLike<T>;
type UnwrapAll<T> = T extends PromiseLike<infer U> ? UnwrapAll<U> : T;
type AsyncReturn<F extends (...args: never[]) => unknown> = UnwrapAll<ReturnType<F>>;

declare function loadUser(id: string): Promise<{ id: string; name: string }>;
type LoadedUser = AsyncReturn<typeof loadUser>; // { id: string; name: string }
