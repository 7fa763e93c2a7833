import { ref, shallowRef, watchEffect, toValue, onScopeDispose, type Ref, type MaybeRefOrGetter } from 'vue';

export interface UseFetchOptions<T> {
    immediate?: boolean;
    initialData?: T;
    transform?: (raw: unknown) => T;
    headers?: Record<string, string>;
}

export interface UseFetchReturn<T> {
    data: Ref<T | undefined>;
    error: Ref<Error | null>;
    loading: Ref<boolean>;
    status: Ref<number | null>;
    refresh: () => Promise<void>;
    abort: () => void;
}

export function useFetch<T = unknown>(
    url: MaybeRefOrGetter<string | null>,
    options: UseFetchOptions<T> = {},
): UseFetchReturn<T> {
    const data = shallowRef<T | undefined>(options.initialData);
    const error = ref<Error | null>(null);
    const loading = ref(false);
    const status = ref<number | null>(null);
    let controller: AbortController | null = null;

    const abort = (): void => {
        controller?.abort();
        controller = null;
    };

    async function refresh(): Promise<void> {
        const target = toValue(url);
        if (!target) return;
        abort();
        const current = (controller = new AbortController());
        loading.value = true;
        error.value = null;
        try {
            const res = await fetch(target, { headers: options.headers, signal: current.signal });
            status.value = res.status;
            if (!res.ok) throw new Error(`Request failed: ${res.status} ${res.statusText}`);
            const raw: unknown = await res.json();
            data.value = options.transform ? options.transform(raw) : (raw as T);
        } catch (e) {
            if ((e as DOMException).name !== 'AbortError') error.value = e as Error;
        } finally {
            if (controller === current) loading.value = false;
        }
    }

    if (options.immediate !== false) {
        watchEffect(() => {
            void refresh();
        });
    }
    onScopeDispose(abort);

    return { data, error, loading, status, refresh, abort };
}

// usage in a <script setup lang="ts"> block:
// const page = ref(1)
// const { data, loading } = useFetch<Post[]>(() => `/api/posts?page=${page.value}`)
