package com.example.habits.data;

import androidx.annotation.NonNull;
import androidx.lifecycle.LiveData;
import androidx.room.ColumnInfo;
import androidx.room.Dao;
import androidx.room.Delete;
import androidx.room.Entity;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.PrimaryKey;
import androidx.room.Query;
import androidx.room.Update;

import java.util.List;

public final class HabitStore {

    private HabitStore() {}

    @Entity(tableName = "habits")
    public static class Habit {
        @PrimaryKey(autoGenerate = true)
        public long id;

        @NonNull
        @ColumnInfo(name = "title")
        public String title = "";

        @ColumnInfo(name = "target_per_week", defaultValue = "7")
        public int targetPerWeek = 7;

        @ColumnInfo(name = "archived")
        public boolean archived;
    }

    @Entity(tableName = "checkins", primaryKeys = {"habit_id", "epoch_day"})
    public static class CheckIn {
        @ColumnInfo(name = "habit_id")
        public long habitId;

        @ColumnInfo(name = "epoch_day")
        public long epochDay;
    }

    @Dao
    public interface HabitDao {
        @Query("SELECT * FROM habits WHERE archived = 0 ORDER BY title COLLATE NOCASE")
        LiveData<List<Habit>> activeHabits();

        @Insert(onConflict = OnConflictStrategy.ABORT)
        long insert(Habit habit);

        @Update
        void update(Habit habit);

        @Delete
        void delete(Habit habit);

        @Insert(onConflict = OnConflictStrategy.IGNORE)
        void checkIn(CheckIn checkIn);

        @Query("DELETE FROM checkins WHERE habit_id = :habitId AND epoch_day = :day")
        void undoCheckIn(long habitId, long day);

        @Query("SELECT COUNT(*) FROM checkins WHERE habit_id = :habitId AND epoch_day BETWEEN :from AND :to")
        int countBetween(long habitId, long from, long to);
    }
}
