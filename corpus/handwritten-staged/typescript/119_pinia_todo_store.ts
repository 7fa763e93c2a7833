import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'

export type Filter = 'all' | 'active' | 'done'

export interface Todo {
  id: number
  title: string
  done: boolean
  tags: string[]
  createdAt: number
}

const STORAGE_KEY = 'pinia-todos:v1'

function loadTodos(): Todo[] {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as Todo[]) : []
  } catch {
    return []
  }
}

export const useTodoStore = defineStore('todos', () => {
  const todos = ref<Todo[]>(loadTodos())
  const filter = ref<Filter>('all')
  const tagFilter = ref<string | null>(null)
  let nextId = todos.value.reduce((max, t) => Math.max(max, t.id), 0) + 1

  const visible = computed<Todo[]>(() => {
    const byState: Record<Filter, (t: Todo) => boolean> = {
      all: () => true,
      active: (t) => !t.done,
      done: (t) => t.done,
    }
    return todos.value
      .filter(byState[filter.value])
      .filter((t) => tagFilter.value === null || t.tags.includes(tagFilter.value))
  })

  const remaining = computed(() => todos.value.filter((t) => !t.done).length)
  const allTags = computed<string[]>(() => [...new Set(todos.value.flatMap((t) => t.tags))].sort())

  function add(title: string, tags: string[] = []): Todo | undefined {
    const trimmed = title.trim()
    if (!trimmed) return undefined
    const todo: Todo = { id: nextId++, title: trimmed, done: false, tags, createdAt: Date.now() }
    todos.value.push(todo)
    return todo
  }

  function toggle(id: number): void {
    const todo = todos.value.find((t) => t.id === id)
    if (todo) todo.done = !todo.done
  }

  function rename(id: number, title: string): boolean {
    const todo = todos.value.find((t) => t.id === id)
    if (!todo || !title.trim()) return false
    todo.title = title.trim()
    return true
  }

  function clearCompleted(): number {
    const before = todos.value.length
    todos.value = todos.value.filter((t) => !t.done)
    return before - todos.value.length
  }

  watch(todos, (value) => localStorage.setItem(STORAGE_KEY, JSON.stringify(value)), { deep: true })

  return { todos, filter, tagFilter, visible, remaining, allTags, add, toggle, rename, clearCompleted }
})

export type TodoStore = ReturnType<typeof useTodoStore>
