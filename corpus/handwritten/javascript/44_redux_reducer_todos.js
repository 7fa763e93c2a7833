// action types
export const ADD_TODO = 'todos/add'
export const TOGGLE_TODO = 'todos/toggle'
export const EDIT_TODO = 'todos/edit'
export const REMOVE_TODO = 'todos/remove'
export const CLEAR_COMPLETED = 'todos/clearCompleted'
export const SET_FILTER = 'filter/set'

let nextId = 1

// action creators
export const addTodo = text => ({ type: ADD_TODO, payload: { id: nextId++, text, done: false } })
export const toggleTodo = id => ({ type: TOGGLE_TODO, payload: id })
export const editTodo = (id, text) => ({ type: EDIT_TODO, payload: { id, text } })
export const removeTodo = id => ({ type: REMOVE_TODO, payload: id })
export const clearCompleted = () => ({ type: CLEAR_COMPLETED })
export const setFilter = filter => ({ type: SET_FILTER, payload: filter })

function todos(state = [], action) {
  switch (action.type) {
    case ADD_TODO:
      return [...state, action.payload]
    case TOGGLE_TODO:
      return state.map(t => (t.id === action.payload ? { ...t, done: !t.done } : t))
    case EDIT_TODO:
      return state.map(t => (t.id === action.payload.id ? { ...t, text: action.payload.text } : t))
    case REMOVE_TODO:
      return state.filter(t => t.id !== action.payload)
    case CLEAR_COMPLETED:
      return state.filter(t => !t.done)
    default:
      return state
  }
}

function filter(state = 'all', action) {
  return action.type === SET_FILTER ? action.payload : state
}

export default function rootReducer(state = {}, action) {
  return {
    todos: todos(state.todos, action),
    filter: filter(state.filter, action),
  }
}

// selectors
export const selectVisible = ({ todos, filter }) =>
  filter === 'active' ? todos.filter(t => !t.done)
    : filter === 'done' ? todos.filter(t => t.done)
    : todos

export const selectRemaining = ({ todos }) => todos.filter(t => !t.done).length
