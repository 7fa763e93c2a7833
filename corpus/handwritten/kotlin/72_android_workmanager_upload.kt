package com.example.fieldnotes.sync

import android.content.Context
import androidx.work.*
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import java.io.File
import java.util.concurrent.TimeUnit

class PhotoUploadWorker(
    context: Context,
    params: WorkerParameters,
) : CoroutineWorker(context, params) {

    override suspend fun doWork(): Result = withContext(Dispatchers.IO) {
        val path = inputData.getString(KEY_PATH) ?: return@withContext Result.failure()
        val file = File(path)
        if (!file.exists()) return@withContext Result.failure(workDataOf("error" to "missing file"))

        setProgress(workDataOf(KEY_PROGRESS to 0))
        val api = UploadApi.create(applicationContext)
        try {
            val remoteId = api.upload(file) { sent, total ->
                setProgressAsync(workDataOf(KEY_PROGRESS to (100 * sent / total).toInt()))
            }
            Result.success(workDataOf(KEY_REMOTE_ID to remoteId))
        } catch (e: java.io.IOException) {
            if (runAttemptCount < 5) Result.retry() else Result.failure()
        }
    }

    companion object {
        const val KEY_PATH = "path"
        const val KEY_PROGRESS = "progress"
        const val KEY_REMOTE_ID = "remoteId"

        fun enqueue(context: Context, file: File): Operation {
            val request = OneTimeWorkRequestBuilder<PhotoUploadWorker>()
                .setInputData(workDataOf(KEY_PATH to file.absolutePath))
                .setConstraints(
                    Constraints.Builder()
                        .setRequiredNetworkType(NetworkType.UNMETERED)
                        .setRequiresBatteryNotLow(true)
                        .build(),
                )
                .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.SECONDS)
                .addTag("photo-upload")
                .build()
            return WorkManager.getInstance(context)
                .enqueueUniqueWork("upload-${file.name}", ExistingWorkPolicy.KEEP, request)
        }
    }
}
