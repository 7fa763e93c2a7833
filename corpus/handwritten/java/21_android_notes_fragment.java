package com.example.notes.ui;

import android.os.Bundle;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.fragment.app.Fragment;
import androidx.lifecycle.ViewModelProvider;
import androidx.recyclerview.widget.LinearLayoutManager;
import androidx.recyclerview.widget.RecyclerView;

import com.example.notes.R;
import com.google.android.material.floatingactionbutton.FloatingActionButton;

public class NotesListFragment extends Fragment {

    private NotesViewModel viewModel;
    private NotesAdapter adapter;
    private TextView emptyView;

    public static NotesListFragment newInstance(String folderId) {
        NotesListFragment f = new NotesListFragment();
        Bundle args = new Bundle();
        args.putString("folder", folderId);
        f.setArguments(args);
        return f;
    }

    @Nullable
    @Override
    public View onCreateView(@NonNull LayoutInflater inflater, @Nullable ViewGroup container,
                             @Nullable Bundle savedInstanceState) {
        return inflater.inflate(R.layout.fragment_notes_list, container, false);
    }

    @Override
    public void onViewCreated(@NonNull View view, @Nullable Bundle savedInstanceState) {
        super.onViewCreated(view, savedInstanceState);
        RecyclerView list = view.findViewById(R.id.notes_list);
        emptyView = view.findViewById(R.id.empty);
        FloatingActionButton fab = view.findViewById(R.id.fab_add);

        adapter = new NotesAdapter(note -> openEditor(note.getId()));
        list.setLayoutManager(new LinearLayoutManager(requireContext()));
        list.setAdapter(adapter);

        viewModel = new ViewModelProvider(this).get(NotesViewModel.class);
        String folder = requireArguments().getString("folder", "inbox");
        viewModel.notesIn(folder).observe(getViewLifecycleOwner(), notes -> {
            adapter.submitList(notes);
            emptyView.setVisibility(notes.isEmpty() ? View.VISIBLE : View.GONE);
        });

        fab.setOnClickListener(v -> openEditor(null));
    }

    private void openEditor(@Nullable Long noteId) {
        EditNoteFragment editor = EditNoteFragment.forNote(noteId);
        getParentFragmentManager()
                .beginTransaction()
                .replace(R.id.container, editor)
                .addToBackStack("edit")
                .commit();
    }
}
