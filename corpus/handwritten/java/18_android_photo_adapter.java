package com.example.gallery;

import android.content.Context;
import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.CheckBox;
import android.widget.ImageView;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.recyclerview.widget.RecyclerView;

import com.bumptech.glide.Glide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class PhotoAdapter extends RecyclerView.Adapter<PhotoAdapter.PhotoViewHolder> {

    public interface Listener {
        void onPhotoClicked(Photo photo, int position);
        void onSelectionChanged(int selectedCount);
    }

    private final Context context;
    private final Listener listener;
    private final List<Photo> photos = new ArrayList<>();
    private final Set<Long> selected = new HashSet<>();
    private boolean selectionMode;

    public PhotoAdapter(Context context, Listener listener) {
        this.context = context;
        this.listener = listener;
        setHasStableIds(true);
    }

    public void setPhotos(List<Photo> newPhotos) {
        photos.clear();
        photos.addAll(newPhotos);
        selected.retainAll(idsOf(newPhotos));
        notifyDataSetChanged();
    }

    public void setSelectionMode(boolean on) {
        selectionMode = on;
        if (!on) selected.clear();
        notifyDataSetChanged();
        listener.onSelectionChanged(selected.size());
    }

    public List<Photo> getSelectedPhotos() {
        List<Photo> result = new ArrayList<>();
        for (Photo p : photos) {
            if (selected.contains(p.getId())) result.add(p);
        }
        return result;
    }

    @Override
    public long getItemId(int position) {
        return photos.get(position).getId();
    }

    @Override
    public int getItemCount() {
        return photos.size();
    }

    @NonNull
    @Override
    public PhotoViewHolder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        View v = LayoutInflater.from(context).inflate(R.layout.item_photo, parent, false);
        return new PhotoViewHolder(v);
    }

    @Override
    public void onBindViewHolder(@NonNull PhotoViewHolder holder, int position) {
        final Photo photo = photos.get(position);
        Glide.with(context)
                .load(photo.getUri())
                .centerCrop()
                .placeholder(R.drawable.photo_placeholder)
                .into(holder.thumbnail);
        holder.caption.setText(photo.getTitle());
        holder.checkBox.setVisibility(selectionMode ? View.VISIBLE : View.GONE);
        holder.checkBox.setChecked(selected.contains(photo.getId()));

        holder.itemView.setOnClickListener(v -> {
            int pos = holder.getBindingAdapterPosition();
            if (pos == RecyclerView.NO_POSITION) return;
            if (selectionMode) {
                toggle(photo.getId(), pos);
            } else {
                listener.onPhotoClicked(photo, pos);
            }
        });
        holder.itemView.setOnLongClickListener(v -> {
            if (!selectionMode) {
                setSelectionMode(true);
            }
            toggle(photo.getId(), holder.getBindingAdapterPosition());
            return true;
        });
    }

    private void toggle(long id, int position) {
        if (!selected.remove(id)) selected.add(id);
        notifyItemChanged(position);
        listener.onSelectionChanged(selected.size());
    }

    private static Set<Long> idsOf(List<Photo> list) {
        Set<Long> ids = new HashSet<>();
        for (Photo p : list) ids.add(p.getId());
        return ids;
    }

    static class PhotoViewHolder extends RecyclerView.ViewHolder {
        final ImageView thumbnail;
        final TextView caption;
        final CheckBox checkBox;

        PhotoViewHolder(@NonNull View itemView) {
            super(itemView);
            thumbnail = itemView.findViewById(R.id.thumbnail);
            caption = itemView.findViewById(R.id.caption);
            checkBox = itemView.findViewById(R.id.select_box);
        }
    }
}
