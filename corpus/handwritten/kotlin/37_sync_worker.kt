package org.tidepool.reader.sync

import android.content.Context
import android.util.Log
import androidx.hilt.work.HiltWorker
import androidx.work.BackoffPolicy
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.NetworkType
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import androidx.work.workDataOf
import dagger.assisted.Assisted
import dagger.assisted.AssistedInject
import kotlinx.coroutines.CancellationException
import java.io.IOException
import java.util.concurrent.TimeUnit

@HiltWorker
class FeedSyncWorker @AssistedInject constructor(
    @Assisted appContext: Context,
    @Assisted params: WorkerParameters,
    private val feeds: FeedRepository,
) : CoroutineWorker(appContext, params) {

    override suspend fun doWork(): Result {
        val started = System.currentTimeMillis()
        return try {
            val subscriptions = feeds.subscriptions()
            var newArticles = 0
            for (sub in subscriptions) {
                if (isStopped) break
                newArticles += feeds.refresh(sub)
                setProgress(workDataOf("done" to subscriptions.indexOf(sub) + 1, "total" to subscriptions.size))
            }
            Log.i(TAG, "synced ${subscriptions.size} feeds, $newArticles new in ${System.currentTimeMillis() - started} ms")
            Result.success(workDataOf("new" to newArticles))
        } catch (e: CancellationException) {
            throw e
        } catch (e: IOException) {
            Log.w(TAG, "network problem, will retry", e)
            if (runAttemptCount < 5) Result.retry() else Result.failure()
        }
    }

    companion object {
        private const val TAG = "FeedSync"
        private const val UNIQUE_NAME = "feed-sync"

        fun schedule(context: Context, hours: Long) {
            val request = PeriodicWorkRequestBuilder<FeedSyncWorker>(hours, TimeUnit.HOURS)
                .setConstraints(
                    Constraints.Builder()
                        .setRequiredNetworkType(NetworkType.UNMETERED)
                        .setRequiresBatteryNotLow(true)
                        .build()
                )
                .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.SECONDS)
                .build()
            WorkManager.getInstance(context)
                .enqueueUniquePeriodicWork(UNIQUE_NAME, ExistingPeriodicWorkPolicy.UPDATE, request)
        }

        fun cancel(context: Context) = WorkManager.getInstance(context).cancelUniqueWork(UNIQUE_NAME)
    }
}
