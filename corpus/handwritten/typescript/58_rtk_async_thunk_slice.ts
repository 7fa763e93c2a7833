import { createSlice, createAsyncThunk, createEntityAdapter, type PayloadAction } from '@reduxjs/toolkit';
import type { RootState, AppDispatch } from '../store';
import { api } from '../api';

export interface Comment {
  id: number;
  postId: number;
  author: string;
  body: string;
  createdAt: string;
  pending?: boolean;
}

type Status = 'idle' | 'loading' | 'succeeded' | 'failed';

const adapter = createEntityAdapter<Comment>({
  sortComparer: (a, b) => a.createdAt.localeCompare(b.createdAt),
});

export const fetchComments = createAsyncThunk<Comment[], number, { rejectValue: string }>(
  'comments/fetch',
  async (postId, { rejectWithValue, signal }) => {
    try {
      return await api.get<Comment[]>(`/posts/${postId}/comments`, { signal });
    } catch (e) {
      return rejectWithValue(e instanceof Error ? e.message : 'failed to load comments');
    }
  },
  {
    condition: (postId, { getState }) => {
      const { comments } = getState() as RootState;
      return comments.loadedFor !== postId || comments.status === 'failed';
    },
  },
);

export const addComment = createAsyncThunk<
  Comment,
  { postId: number; body: string; tempId: number },
  { state: RootState; dispatch: AppDispatch }
>('comments/add', async ({ postId, body }, { getState }) => {
  const author = getState().session.user?.name ?? 'anonymous';
  return api.post<Comment>(`/posts/${postId}/comments`, { body, author });
});

const slice = createSlice({
  name: 'comments',
  initialState: adapter.getInitialState({
    status: 'idle' as Status,
    error: null as string | null,
    loadedFor: null as number | null,
  }),
  reducers: {
    commentRemoved: adapter.removeOne,
    errorCleared(state) {
      state.error = null;
    },
    bodyEdited(state, action: PayloadAction<{ id: number; body: string }>) {
      adapter.updateOne(state, { id: action.payload.id, changes: { body: action.payload.body } });
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchComments.pending, (state, action) => {
        state.status = 'loading';
        state.loadedFor = action.meta.arg;
      })
      .addCase(fetchComments.fulfilled, (state, action) => {
        state.status = 'succeeded';
        adapter.setAll(state, action.payload);
      })
      .addCase(fetchComments.rejected, (state, action) => {
        state.status = 'failed';
        state.error = action.payload ?? action.error.message ?? 'unknown error';
      })
      .addCase(addComment.pending, (state, action) => {
        const { postId, body, tempId } = action.meta.arg;
        adapter.addOne(state, {
          id: tempId,
          postId,
          body,
          author: 'you',
          createdAt: new Date().toISOString(),
          pending: true,
        });
      })
      .addCase(addComment.fulfilled, (state, action) => {
        adapter.removeOne(state, action.meta.arg.tempId);
        adapter.addOne(state, action.payload);
      })
      .addCase(addComment.rejected, (state, action) => {
        adapter.removeOne(state, action.meta.arg.tempId);
        state.error = 'Your comment could not be posted.';
      });
  },
});

export const { commentRemoved, errorCleared, bodyEdited } = slice.actions;
export default slice.reducer;

export const {
  selectAll: selectAllComments,
  selectById: selectCommentById,
  selectTotal: selectCommentCount,
} = adapter.getSelectors<RootState>((s) => s.comments);
