package com.example.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ExpiringCacheTest {

    private FakeTicker ticker;
    private ExpiringCache<String, Integer> cache;

    @BeforeEach
    void setUp() {
        ticker = new FakeTicker();
        cache = new ExpiringCache<>(Duration.ofSeconds(10), 3, ticker);
    }

    @AfterEach
    void tearDown() {
        cache.clear();
    }

    @Test
    void returnsValueBeforeExpiry() {
        cache.put("a", 1);
        ticker.advance(Duration.ofSeconds(9));
        assertThat(cache.get("a")).contains(1);
    }

    @Test
    void dropsValueAfterExpiry() {
        cache.put("a", 1);
        ticker.advance(Duration.ofSeconds(11));
        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void evictsOldestWhenFull() {
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        cache.get("a");
        cache.put("d", 4);

        assertThat(cache.keys()).containsExactlyInAnyOrder("a", "c", "d");
    }

    @Test
    void rejectsNullKeys() {
        assertThatThrownBy(() -> cache.put(null, 5))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
    }

    @Test
    @Tag("slow")
    @Timeout(2)
    void concurrentPutsDoNotLoseEntries() throws InterruptedException {
        ExpiringCache<Integer, Integer> big = new ExpiringCache<>(Duration.ofMinutes(1), 10_000, ticker);
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            int offset = t * 1000;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) big.put(offset + i, i);
            });
            threads[t].start();
        }
        for (Thread th : threads) th.join();
        assertThat(big.size()).isEqualTo(8000);
    }
}
