package com.example.pomodoro;

import android.content.SharedPreferences;
import android.os.Bundle;
import android.os.CountDownTimer;
import android.view.View;
import android.widget.Button;
import android.widget.ProgressBar;
import android.widget.TextView;
import android.widget.Toast;

import androidx.annotation.Nullable;
import androidx.appcompat.app.AppCompatActivity;
import androidx.preference.PreferenceManager;

import java.util.Locale;

public class TimerActivity extends AppCompatActivity {

    private static final String KEY_REMAINING = "remaining_ms";
    private static final String KEY_RUNNING = "running";
    private static final long DEFAULT_WORK_MS = 25 * 60 * 1000L;

    private TextView timeLabel;
    private ProgressBar progress;
    private Button startPause;
    private Button reset;

    private CountDownTimer timer;
    private long totalMs;
    private long remainingMs;
    private boolean running;
    private int completedSessions;

    @Override
    protected void onCreate(@Nullable Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        setContentView(R.layout.activity_timer);

        timeLabel = findViewById(R.id.time_label);
        progress = findViewById(R.id.progress);
        startPause = findViewById(R.id.start_pause);
        reset = findViewById(R.id.reset);

        SharedPreferences prefs = PreferenceManager.getDefaultSharedPreferences(this);
        totalMs = prefs.getInt("work_minutes", 25) * 60_000L;
        if (totalMs <= 0) totalMs = DEFAULT_WORK_MS;
        completedSessions = prefs.getInt("completed", 0);

        if (savedInstanceState != null) {
            remainingMs = savedInstanceState.getLong(KEY_REMAINING, totalMs);
            running = savedInstanceState.getBoolean(KEY_RUNNING, false);
        } else {
            remainingMs = totalMs;
        }

        startPause.setOnClickListener(v -> {
            if (running) pause(); else start();
        });
        reset.setOnClickListener(new View.OnClickListener() {
            @Override
            public void onClick(View v) {
                pause();
                remainingMs = totalMs;
                render();
            }
        });

        render();
        if (running) start();
    }

    private void start() {
        timer = new CountDownTimer(remainingMs, 250) {
            @Override
            public void onTick(long millisUntilFinished) {
                remainingMs = millisUntilFinished;
                render();
            }

            @Override
            public void onFinish() {
                running = false;
                remainingMs = totalMs;
                completedSessions++;
                PreferenceManager.getDefaultSharedPreferences(TimerActivity.this)
                        .edit().putInt("completed", completedSessions).apply();
                Toast.makeText(TimerActivity.this, R.string.session_done, Toast.LENGTH_LONG).show();
                render();
            }
        }.start();
        running = true;
        render();
    }

    private void pause() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        running = false;
        render();
    }

    private void render() {
        long seconds = remainingMs / 1000;
        timeLabel.setText(String.format(Locale.getDefault(), "%02d:%02d", seconds / 60, seconds % 60));
        progress.setMax((int) (totalMs / 1000));
        progress.setProgress((int) ((totalMs - remainingMs) / 1000));
        startPause.setText(running ? R.string.pause : R.string.start);
        reset.setEnabled(!running && remainingMs != totalMs);
        setTitle(getString(R.string.title_with_count, completedSessions));
    }

    @Override
    protected void onSaveInstanceState(Bundle outState) {
        super.onSaveInstanceState(outState);
        outState.putLong(KEY_REMAINING, remainingMs);
        outState.putBoolean(KEY_RUNNING, running);
    }

    @Override
    protected void onDestroy() {
        if (timer != null) timer.cancel();
        super.onDestroy();
    }
}
