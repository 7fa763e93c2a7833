package org.tidepool.reader.settings

import android.content.SharedPreferences
import android.os.Bundle
import androidx.appcompat.app.AppCompatDelegate
import androidx.preference.ListPreference
import androidx.preference.Preference
import androidx.preference.PreferenceFragmentCompat
import androidx.preference.SwitchPreferenceCompat
import org.tidepool.reader.BuildConfig
import org.tidepool.reader.R

class SettingsFragment : PreferenceFragmentCompat(),
    SharedPreferences.OnSharedPreferenceChangeListener {

    override fun onCreatePreferences(savedInstanceState: Bundle?, rootKey: String?) {
        setPreferencesFromResource(R.xml.preferences, rootKey)

        findPreference<Preference>("version")?.summary =
            "${BuildConfig.VERSION_NAME} (${BuildConfig.VERSION_CODE})"

        findPreference<ListPreference>("font_size")?.summaryProvider =
            ListPreference.SimpleSummaryProvider.getInstance()

        findPreference<Preference>("clear_cache")?.setOnPreferenceClickListener {
            val freed = requireContext().cacheDir.walkBottomUp().sumOf { f ->
                val size = if (f.isFile) f.length() else 0L
                f.delete()
                size
            }
            it.summary = getString(R.string.cache_cleared, freed / 1024)
            true
        }
    }

    override fun onResume() {
        super.onResume()
        preferenceScreen.sharedPreferences?.registerOnSharedPreferenceChangeListener(this)
    }

    override fun onPause() {
        preferenceScreen.sharedPreferences?.unregisterOnSharedPreferenceChangeListener(this)
        super.onPause()
    }

    override fun onSharedPreferenceChanged(prefs: SharedPreferences?, key: String?) {
        when (key) {
            "theme" -> {
                val mode = when (prefs?.getString(key, "system")) {
                    "light" -> AppCompatDelegate.MODE_NIGHT_NO
                    "dark" -> AppCompatDelegate.MODE_NIGHT_YES
                    else -> AppCompatDelegate.MODE_NIGHT_FOLLOW_SYSTEM
                }
                AppCompatDelegate.setDefaultNightMode(mode)
            }
            "sync_enabled" -> {
                val enabled = findPreference<SwitchPreferenceCompat>(key)?.isChecked == true
                findPreference<ListPreference>("sync_interval")?.isEnabled = enabled
            }
        }
    }
}
