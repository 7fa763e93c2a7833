package com.example.weather.ui;

import android.view.LayoutInflater;
import android.view.View;
import android.view.ViewGroup;
import android.widget.ImageView;
import android.widget.TextView;

import androidx.annotation.NonNull;
import androidx.recyclerview.widget.DiffUtil;
import androidx.recyclerview.widget.ListAdapter;
import androidx.recyclerview.widget.RecyclerView;

import com.example.weather.R;
import com.example.weather.model.DailyForecast;

import java.text.DateFormat;
import java.util.Locale;

public class ForecastAdapter extends ListAdapter<DailyForecast, ForecastAdapter.Holder> {

    public interface OnDayClick {
        void onClick(DailyForecast day);
    }

    private static final DiffUtil.ItemCallback<DailyForecast> DIFF = new DiffUtil.ItemCallback<DailyForecast>() {
        @Override
        public boolean areItemsTheSame(@NonNull DailyForecast a, @NonNull DailyForecast b) {
            return a.getEpochDay() == b.getEpochDay();
        }

        @Override
        public boolean areContentsTheSame(@NonNull DailyForecast a, @NonNull DailyForecast b) {
            return a.equals(b);
        }
    };

    private final OnDayClick listener;
    private final DateFormat dayFormat = DateFormat.getDateInstance(DateFormat.MEDIUM, Locale.getDefault());

    public ForecastAdapter(OnDayClick listener) {
        super(DIFF);
        this.listener = listener;
    }

    @NonNull
    @Override
    public Holder onCreateViewHolder(@NonNull ViewGroup parent, int viewType) {
        View v = LayoutInflater.from(parent.getContext()).inflate(R.layout.item_forecast, parent, false);
        return new Holder(v);
    }

    @Override
    public void onBindViewHolder(@NonNull Holder holder, int position) {
        DailyForecast day = getItem(position);
        holder.date.setText(dayFormat.format(day.getDate()));
        holder.temps.setText(holder.itemView.getContext().getString(
                R.string.temp_range, Math.round(day.getMin()), Math.round(day.getMax())));
        holder.icon.setImageResource(iconFor(day.getCondition()));
        holder.itemView.setOnClickListener(v -> listener.onClick(day));
    }

    private static int iconFor(String condition) {
        switch (condition) {
            case "rain": return R.drawable.ic_rain;
            case "snow": return R.drawable.ic_snow;
            case "cloudy": return R.drawable.ic_cloud;
            default: return R.drawable.ic_sun;
        }
    }

    static class Holder extends RecyclerView.ViewHolder {
        final TextView date;
        final TextView temps;
        final ImageView icon;

        Holder(@NonNull View itemView) {
            super(itemView);
            date = itemView.findViewById(R.id.date);
            temps = itemView.findViewById(R.id.temps);
            icon = itemView.findViewById(R.id.icon);
        }
    }
}
