package com.example.stopwatch;

import android.os.Bundle;
import android.os.Handler;
import android.os.Looper;
import android.os.SystemClock;

import androidx.appcompat.app.AppCompatActivity;

import com.example.stopwatch.databinding.ActivityMainBinding;

import java.util.ArrayList;
import java.util.Locale;

public class MainActivity extends AppCompatActivity {

    private static final String KEY_BASE = "base";
    private static final String KEY_RUNNING = "running";
    private static final String KEY_LAPS = "laps";

    private ActivityMainBinding binding;
    private final Handler handler = new Handler(Looper.getMainLooper());
    private long base;
    private long pausedAt;
    private boolean running;
    private ArrayList<String> laps = new ArrayList<>();

    private final Runnable tick = new Runnable() {
        @Override
        public void run() {
            binding.time.setText(format(SystemClock.elapsedRealtime() - base));
            handler.postDelayed(this, 31);
        }
    };

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        binding = ActivityMainBinding.inflate(getLayoutInflater());
        setContentView(binding.getRoot());

        if (savedInstanceState != null) {
            base = savedInstanceState.getLong(KEY_BASE);
            running = savedInstanceState.getBoolean(KEY_RUNNING);
            laps = savedInstanceState.getStringArrayList(KEY_LAPS);
        }

        binding.startStop.setOnClickListener(v -> {
            if (running) stop(); else start();
        });
        binding.lap.setOnClickListener(v -> {
            if (!running) return;
            laps.add(0, format(SystemClock.elapsedRealtime() - base));
            binding.laps.setText(String.join("\n", laps));
        });
        binding.reset.setOnClickListener(v -> {
            stop();
            laps.clear();
            binding.laps.setText("");
            binding.time.setText(format(0));
        });
        binding.laps.setText(String.join("\n", laps));
        if (running) handler.post(tick);
    }

    private void start() {
        base = SystemClock.elapsedRealtime() - pausedAt;
        running = true;
        binding.startStop.setText(R.string.stop);
        handler.post(tick);
    }

    private void stop() {
        pausedAt = SystemClock.elapsedRealtime() - base;
        running = false;
        binding.startStop.setText(R.string.start);
        handler.removeCallbacks(tick);
    }

    private static String format(long ms) {
        long minutes = ms / 60000;
        long seconds = (ms / 1000) % 60;
        long hundredths = (ms / 10) % 100;
        return String.format(Locale.US, "%02d:%02d.%02d", minutes, seconds, hundredths);
    }

    @Override
    protected void onSaveInstanceState(Bundle out) {
        super.onSaveInstanceState(out);
        out.putLong(KEY_BASE, base);
        out.putBoolean(KEY_RUNNING, running);
        out.putStringArrayList(KEY_LAPS, laps);
    }

    @Override
    protected void onDestroy() {
        handler.removeCallbacks(tick);
        super.onDestroy();
    }
}
