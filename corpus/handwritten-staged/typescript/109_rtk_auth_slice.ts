import { createAsyncThunk, createSlice, type PayloadAction } from '@reduxjs/toolkit'
import type { RootState } from './store'

export interface User {
  id: string
  email: string
  displayName: string
  roles: ReadonlyArray<'admin' | 'editor' | 'viewer'>
}

type Status = 'idle' | 'pending' | 'authenticated' | 'failed'

interface AuthState {
  user: User | null
  token: string | null
  status: Status
  error?: string
}

const initialState: AuthState = { user: null, token: null, status: 'idle' }

interface Credentials {
  email: string
  password: string
}

export const login = createAsyncThunk<
  { user: User; token: string },
  Credentials,
  { rejectValue: string }
>('auth/login', async (creds, { rejectWithValue }) => {
  const res = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(creds),
  })
  if (!res.ok) {
    return rejectWithValue(res.status === 401 ? 'Invalid email or password' : `HTTP ${res.status}`)
  }
  return (await res.json()) as { user: User; token: string }
})

const authSlice = createSlice({
  name: 'auth',
  initialState,
  reducers: {
    logout(state) {
      state.user = null
      state.token = null
      state.status = 'idle'
    },
    tokenRefreshed(state, action: PayloadAction<string>) {
      state.token = action.payload
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(login.pending, (state) => {
        state.status = 'pending'
        state.error = undefined
      })
      .addCase(login.fulfilled, (state, { payload }) => {
        state.status = 'authenticated'
        state.user = payload.user
        state.token = payload.token
      })
      .addCase(login.rejected, (state, action) => {
        state.status = 'failed'
        state.error = action.payload ?? action.error.message
      })
  },
})

export const { logout, tokenRefreshed } = authSlice.actions
export default authSlice.reducer

export const selectUser = (s: RootState): User | null => s.auth.user
export const selectIsAdmin = (s: RootState): boolean => s.auth.user?.roles.includes('admin') ?? false
