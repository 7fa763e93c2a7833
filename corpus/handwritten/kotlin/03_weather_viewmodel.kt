package net.lumen.weather.feature.forecast

import androidx.lifecycle.SavedStateHandle
import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.ExperimentalCoroutinesApi
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.SharingStarted
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.catch
import kotlinx.coroutines.flow.flatMapLatest
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.onStart
import kotlinx.coroutines.flow.stateIn
import kotlinx.coroutines.launch
import javax.inject.Inject

sealed interface ForecastUiState {
    data object Loading : ForecastUiState
    data class Success(val city: String, val days: List<DayForecast>) : ForecastUiState
    data class Error(val message: String) : ForecastUiState
}

data class DayForecast(val label: String, val highC: Int, val lowC: Int, val icon: String)

@OptIn(ExperimentalCoroutinesApi::class)
class ForecastViewModel @Inject constructor(
    private val repository: ForecastRepository,
    savedStateHandle: SavedStateHandle,
) : ViewModel() {

    private val cityId = MutableStateFlow(savedStateHandle.get<String>("cityId") ?: DEFAULT_CITY)

    val uiState: StateFlow<ForecastUiState> = cityId
        .flatMapLatest { id ->
            repository.forecastFor(id)
                .map<Forecast, ForecastUiState> { forecast ->
                    ForecastUiState.Success(
                        city = forecast.cityName,
                        days = forecast.days.map { d ->
                            DayForecast(d.weekday.take(3), d.maxTemp.toInt(), d.minTemp.toInt(), d.iconCode)
                        },
                    )
                }
                .onStart { emit(ForecastUiState.Loading) }
                .catch { e -> emit(ForecastUiState.Error(e.message ?: "Unknown error")) }
        }
        .stateIn(
            scope = viewModelScope,
            started = SharingStarted.WhileSubscribed(5_000),
            initialValue = ForecastUiState.Loading,
        )

    fun selectCity(id: String) {
        cityId.value = id
    }

    fun retry() {
        viewModelScope.launch { repository.invalidate(cityId.value) }
    }

    companion object {
        private const val DEFAULT_CITY = "2950159" // Berlin
    }
}
